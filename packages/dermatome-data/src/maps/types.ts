import type { RootId, ViewId } from '../types.js';

/** A ring of points as a flat list: [x0, y0, x1, y1, ...], implicitly closed. */
export type FlatRing = number[];
/** A polygon: its outer ring first, then any holes. */
export type FlatPolygon = FlatRing[];

export interface Point {
  x: number;
  y: number;
}

/** The shape of the generated geometry file (scripts/generate-geometry.mjs writes it). */
export interface GeneratedViewData {
  id: ViewId;
  viewBox: number[];
  width: number;
  height: number;
  /** The closed outline of the drawn skin (limb plus the trunk down from the cut). */
  outline: FlatRing;
  /** The skin contour as an open line (the outline minus the cut edges). */
  skinEdge: number[];
  /** Where the drawing is cut: along the body midline and across the trunk (open line). */
  cutEdge: number[];
  zones: { root: RootId; polygons: FlatPolygon[]; labels: number[][] }[];
  bands: { roots: RootId[]; polygons: FlatPolygon[] }[];
  details: { kind: string; closed: boolean; points: number[] }[];
  keyPoints: { root: RootId; view: ViewId; x: number; y: number }[];
}

export interface MapZone {
  root: RootId;
  /** SVG path data (one subpath per ring; draw with fill-rule evenodd). */
  path: string;
  polygons: FlatPolygon[];
  /**
   * Where the root label goes: one spot per sizeable part of the zone. A zone too small to hold
   * its label has it outside, with a leader line to a point inside the zone.
   */
  labels: (Point & { leader?: Point })[];
}

export interface MapBand {
  /** The two neighbouring roots whose transition this band is. */
  roots: [RootId, RootId];
  path: string;
  polygons: FlatPolygon[];
}

/** A decorative anatomy line (patella, malleoli, toes, folds), drawn over the zones. */
export interface MapDetail {
  kind: string;
  path: string;
  /** The line's points (flat); closed details (patella, toenails) are rings. */
  points: number[];
  closed: boolean;
}

export interface MapView {
  id: ViewId;
  /** Human name of the view, e.g. "Right leg, front (anterior) view". */
  name: string;
  /** The SVG viewBox attribute, e.g. "0 0 300 1500". */
  viewBox: string;
  width: number;
  height: number;
  outline: { path: string; polygon: FlatPolygon };
  /** The skin contour (open path), drawn with a dark stroke. */
  skinPath: string;
  /** The midline and trunk cut (open path), drawn dashed. */
  cutPath: string;
  zones: MapZone[];
  bands: MapBand[];
  details: MapDetail[];
}

export type PatternKind =
  'diagonal' | 'horizontal' | 'dots' | 'back-diagonal' | 'vertical' | 'cross-hatch' | 'grid' | 'rings' | 'zigzag';

export interface ZoneStyle {
  root: RootId;
  /** Fill colour from the Okabe-Ito palette. */
  fill: string;
  /** Id of the root's pattern inside a rendered SVG (prefixed with the idPrefix there). */
  patternId: string;
  pattern: PatternKind;
  /** The text label, e.g. "L4". */
  label: string;
}

/** How a learner's click is shown: the marker shape and a word say the result, not only colour. */
export interface ClickMark extends Point {
  /** true = right, 'partial' = in a transition band, false = wrong, undefined = not graded yet. */
  correct?: boolean | 'partial';
}

export interface RenderMapOptions {
  /** Accessible title; a neutral default names the view only. */
  title?: string;
  /** Accessible description; by default it says what is shaded and marked. */
  description?: string;
  /** Zones to fill strongly; the others stay neutral grey (unless colourAll). */
  highlight?: RootId[];
  /** Zones to fill strongly, as indexes into the view's zones (what a question's face carries). */
  shadeZones?: number[];
  /** Colour every zone with its root's colour and pattern (the full reference map). */
  colourAll?: boolean;
  /** Write each root's label inside its zone. */
  showLabels?: boolean;
  /** Draw the ISNCSCI key points of this view (all of them, or those of the given roots). */
  showKeyPoints?: boolean | RootId[];
  /** A target marker, e.g. the point of a key-point card. */
  markPoint?: Point;
  /** The learner's click. */
  click?: ClickMark;
  /** Draw the transition bands (hatched). */
  showBands?: boolean;
  /** Draw the borders between zones (default true). */
  zoneBorders?: boolean;
  /**
   * Question side of a "which root is this zone?" card: nothing in the SVG names a root
   * (no labels, neutral ids, no root in title, description or attributes) and highlighted zones
   * take one neutral colour and pattern, so that a root's colour cannot give it away either.
   */
  concealRoots?: boolean;
  /** Prefix for every id in the SVG, so that several maps can share a page. Default "dm". */
  idPrefix?: string;
  /** Extra class on the root <svg> element. */
  className?: string;
  /** Width attribute in pixels (height follows the view's aspect). Default: the viewBox size. */
  width?: number;
}
