import type { ContestedId, MapLayer, NerveId, RootId, SideChoice, SideId, ViewId, ZoneRootId } from '../types.js';

/** A ring of points as a flat list: [x0, y0, x1, y1, ...], implicitly closed. */
export type FlatRing = number[];
/** A polygon: its outer ring first, then any holes. */
export type FlatPolygon = FlatRing[];

export interface Point {
  x: number;
  y: number;
}

/**
 * The shape of the generated geometry file (scripts/generate-geometry.mjs writes it): the patient's
 * right side only (zones, bands, contested areas, territories, key points); view-data.ts mirrors it.
 * The skin path and the landmarks are stored for both sides.
 */
export interface GeneratedViewData {
  id: ViewId;
  viewBox: number[];
  width: number;
  height: number;
  /** The skin contour as cubic Béziers (SVG path data). */
  skinPath: string;
  /** Where the drawing is cut across the trunk (SVG path data; empty on the plantar view). */
  cutPath: string;
  sides: { side: SideId; outline: FlatPolygon[]; label: number[] }[];
  zones: { root: ZoneRootId; side: SideId; polygons: FlatPolygon[]; labels: number[][] }[];
  bands: { roots: ZoneRootId[]; side: SideId; polygons: FlatPolygon[] }[];
  contested: { id: ContestedId; roots: RootId[]; side: SideId; polygons: FlatPolygon[] }[];
  nerves: { nerve: NerveId; side: SideId; polygons: FlatPolygon[]; edge: FlatPolygon[]; labels: number[][] }[];
  details: { kind: string; side: SideId | null; faint: boolean; path: string }[];
  keyPoints: { root: ZoneRootId; view: ViewId; side: SideId; x: number; y: number }[];
}

/** A label spot; a small area has its label outside with a leader line to a point inside. */
export type LabelSpot = Point & { leader?: Point };

export interface MapZone {
  root: ZoneRootId;
  side: SideId;
  /** SVG path data (one subpath per ring; draw with fill-rule evenodd). */
  path: string;
  polygons: FlatPolygon[];
  /** Where the root label goes: one spot per sizeable part of the zone. */
  labels: LabelSpot[];
}

export interface MapBand {
  /** The two neighbouring roots whose transition this band is. */
  roots: [ZoneRootId, ZoneRootId];
  side: SideId;
  path: string;
  polygons: FlatPolygon[];
}

/** An area that sources give to different roots (hatched, graded as partial for either). */
export interface MapContested {
  id: ContestedId;
  roots: [RootId, RootId];
  side: SideId;
  path: string;
  polygons: FlatPolygon[];
  /** Why it is contested, one line. */
  caption: string;
}

/** One leaf nerve's territory on one side: the usual extent, and the variable edge as a band. */
export interface MapTerritory {
  nerve: NerveId;
  side: SideId;
  path: string;
  polygons: FlatPolygon[];
  /** The variable edge: a band along the territory's inner borders (both sides of the line). */
  edgePath: string;
  edge: FlatPolygon[];
  labels: LabelSpot[];
}

/** A faint anatomy landmark (ASIS, inguinal ligament, patella, malleoli, folds...). */
export interface MapDetail {
  kind: string;
  /** null for a midline landmark (umbilicus, natal cleft, anus). */
  side: SideId | null;
  faint: boolean;
  /** SVG path data (cubic Béziers). */
  path: string;
}

export interface MapView {
  id: ViewId;
  /** Human name of the view, e.g. "Lower body, front (anterior) view". */
  name: string;
  /** The SVG viewBox attribute, e.g. "0 0 600 1700". */
  viewBox: string;
  width: number;
  height: number;
  /** The whole drawn skin (both sides). `polygon` is kept for the single-outline views. */
  outline: { path: string; polygons: FlatPolygon[] };
  /** Each side's half of the skin, and where its "R"/"L" label goes. */
  sides: { side: SideId; polygons: FlatPolygon[]; label: Point }[];
  /** The skin contour (cubic Béziers), drawn with a dark stroke. */
  skinPath: string;
  /** The cut across the trunk (drawn dashed); empty on the plantar view. */
  cutPath: string;
  /** Dermatome zones, one entry per root per side (a face's `shade` indexes this list). */
  zones: MapZone[];
  bands: MapBand[];
  contested: MapContested[];
  /** Leaf nerve territories, one entry per nerve per side (a face's `shadeNerves` indexes this list). */
  nerves: MapTerritory[];
  details: MapDetail[];
}

export type PatternKind =
  | 'diagonal'
  | 'horizontal'
  | 'dots'
  | 'back-diagonal'
  | 'vertical'
  | 'cross-hatch'
  | 'grid'
  | 'rings'
  | 'zigzag'
  | 'waves'
  | 'none';

export interface ZoneStyle {
  root: ZoneRootId;
  /** Fill colour from the Okabe-Ito palette. */
  fill: string;
  /** Id of the root's pattern inside a rendered SVG (prefixed with the idPrefix there). */
  patternId: string;
  pattern: PatternKind;
  /** The text label, e.g. "L4". */
  label: string;
}

export interface NerveStyle {
  nerve: NerveId;
  fill: string;
  patternId: string;
  pattern: PatternKind;
  /** Short label drawn on the map, e.g. "SFN". */
  label: string;
}

/** How a learner's click is shown: the marker shape and a word say the result, not only colour. */
export interface ClickMark extends Point {
  /** true = right, 'partial' = in a transition band or contested area, false = wrong, undefined = not graded yet. */
  correct?: boolean | 'partial';
}

/** A root or nerve to highlight, on both sides (bare id) or on one side. */
export type RootHighlight = RootId | { root: RootId; side: SideChoice };
export type NerveHighlight = NerveId | { nerve: NerveId; side: SideChoice };

export interface RenderMapOptions {
  /** Which layer to draw: dermatome zones, nerve territories, or both (nerves as outlines over zones). Default 'dermatomes'. */
  layer?: MapLayer;
  /** The side(s) bare highlight ids and key points apply to. Default 'both'. */
  side?: SideChoice;
  /** Accessible title; a neutral default names the view only. */
  title?: string;
  /** Accessible description; by default it says what is shaded and marked. */
  description?: string;
  /** Zones to fill strongly; the others stay neutral grey (unless colourAll). */
  highlight?: RootHighlight[];
  /** Zones to fill strongly, as indexes into the view's zones (what a question's face carries). */
  shadeZones?: number[];
  /** Nerve territories to fill strongly (a compound nerve fills all its branches). */
  highlightNerves?: NerveHighlight[];
  /** Territories to fill strongly, as indexes into the view's nerves (what a question's face carries). */
  shadeNerves?: number[];
  /** Colour every zone / territory of the drawn layer(s) (the full reference map). */
  colourAll?: boolean;
  /** Write each root's (and nerve's) label inside its area. */
  showLabels?: boolean;
  /** Draw the ISNCSCI key points of this view (all of them, or those of the given roots), on `side`. */
  showKeyPoints?: boolean | RootId[];
  /** A target marker, e.g. the point of a key-point card. */
  markPoint?: Point;
  /** The learner's click. */
  click?: ClickMark;
  /** Draw the dermatome transition bands (hatched). */
  showBands?: boolean;
  /** Draw the contested areas (cross-hatched). Default: true when any zone is coloured and roots are not concealed. */
  showContested?: boolean;
  /** Draw the nerve territories' variable edges (hatched). Default: true when any territory is coloured. */
  showNerveEdges?: boolean;
  /** Draw the faint landmarks (default true). */
  showLandmarks?: boolean;
  /** Write "R" and "L" by the patient's sides (default true). */
  showSideLabels?: boolean;
  /** Draw the borders between zones (default true). */
  zoneBorders?: boolean;
  /**
   * Question side of a "which root / which nerve?" card: nothing in the SVG names a root or a
   * nerve (no labels, neutral ids and classes, no name in title, description or attributes) and
   * highlighted areas take one neutral colour and pattern, so that colour cannot give it away.
   */
  concealRoots?: boolean;
  /**
   * The atlas: every zone and territory is a focusable button named after its root or nerve and
   * side (the root element becomes a group, since an image's children are not reachable).
   */
  interactive?: boolean;
  /** Prefix for every id in the SVG, so that several maps can share a page. Default "dm". */
  idPrefix?: string;
  /** Extra class on the root <svg> element. */
  className?: string;
  /** Width attribute in pixels (height follows the view's aspect). Default: the viewBox size. */
  width?: number;
}
