/**
 * How a card's map is drawn on each side, shared by every screen that shows one (the review card,
 * the exam question, its feedback and report): the question side from the card's face (concealed:
 * nothing names a root or a nerve), the answer side from the answer map the API sends with the
 * learner's click marked, and the legend of what is drawn.
 */
import type { AnswerMap, FaceMap, MapLayer, NerveId, RootId, SideChoice, ViewId } from '../types.js';
import { CONTESTED_AREAS } from './contested.js';
import { drawnNerveName, drawViews } from './drawing.js';
import { CONCEALED_HIGHLIGHT, nerveStyle, patternTile, zoneStyle } from './style.js';
import type { ClickMark, PatternKind, Point, RenderMapOptions } from './types.js';

/** A learner's click as the question side shows it (not graded yet). */
export type PlacedPoint = Point;

/** The grade of a click, as the API reports it. */
export interface ClickGrade {
  correct: boolean;
  partial: boolean;
}

/** The question side: the face's layer and shading by index, concealed, with the learner's click if any. */
export function questionMapOptions(map: FaceMap | null | undefined, click?: PlacedPoint | null): RenderMapOptions {
  const options: RenderMapOptions = { concealRoots: true, layer: map?.layer ?? 'dermatomes' };
  if (map?.shade.length) options.shadeZones = [...map.shade];
  if (map?.shadeNerves?.length) options.shadeNerves = [...map.shadeNerves];
  if (map?.markPoint) options.markPoint = map.markPoint;
  if (click && Number.isFinite(click.x) && Number.isFinite(click.y)) options.click = { x: click.x, y: click.y };
  return options;
}

/** The answer side: the API's answer map (layer, side, roots, nerves, key points) with the learner's graded click. */
export function answerMapOptions(
  map: AnswerMap | null | undefined,
  extra: { markPoint?: Point | null; click?: PlacedPoint | null; grade?: ClickGrade | null } = {},
): RenderMapOptions {
  const options: RenderMapOptions = {
    layer: map?.layer ?? 'dermatomes',
    side: map?.side ?? 'both',
    highlight: [...(map?.highlight ?? [])],
    highlightNerves: [...(map?.highlightNerves ?? [])],
    showLabels: true,
  };
  if (map?.keyPoints.length) options.showKeyPoints = [...map.keyPoints];
  if (extra.markPoint) options.markPoint = extra.markPoint;
  const click = extra.click;
  if (click && Number.isFinite(click.x) && Number.isFinite(click.y)) {
    const grade = extra.grade;
    const correct: ClickMark['correct'] = grade ? (grade.correct ? true : grade.partial ? 'partial' : false) : undefined;
    options.click = { x: click.x, y: click.y, correct };
  }
  return options;
}

export interface LegendSwatch {
  /** Stable key, e.g. "root-L5" or "nerve-sural". */
  key: string;
  fill: string;
  pattern: PatternKind;
  /** The short label drawn on the map, e.g. "L5" or "SuN". */
  label: string;
  /** What it stands for, e.g. "L5 dermatome" or "Sural nerve". */
  name: string;
}

export interface LegendHatch {
  kind: 'contested' | 'nerve-edge' | 'concealed';
  text: string;
}

export interface MapLegend {
  layer: MapLayer;
  /** "Dermatomes", "Peripheral nerves" or "Dermatomes and peripheral nerves". */
  title: string;
  roots: LegendSwatch[];
  nerves: LegendSwatch[];
  hatches: LegendHatch[];
  /** The side(s) drawn, in words, e.g. "the patient’s left side". */
  sideText: string | null;
}

const LAYER_TITLES: Record<MapLayer, string> = {
  dermatomes: 'Dermatomes',
  nerves: 'Peripheral nerves',
  both: 'Dermatomes and peripheral nerves',
};

function sideWords(side: SideChoice | undefined): string | null {
  if (side === 'right' || side === 'left') return `Shaded on the patient’s ${side} side only`;
  return null;
}

/**
 * The legend of a map drawn with these options: each coloured root and nerve with its colour,
 * pattern and label, and what the hatching means. A concealed (question) map gets a neutral
 * legend that names nothing.
 */
export function mapLegend(view: ViewId, options: RenderMapOptions): MapLegend {
  const layer: MapLayer = options.layer ?? 'dermatomes';
  if (options.concealRoots) {
    const shaded = Boolean(options.shadeZones?.length || options.shadeNerves?.length);
    return {
      layer,
      title: 'Legend',
      roots: [],
      nerves: [],
      hatches: shaded
        ? [{ kind: 'concealed', text: 'Shaded: the area the question is about (its name shows with the answer).' }]
        : [],
      sideText: null,
    };
  }
  const drawn = drawViews[view];
  const roots: RootId[] = [];
  for (const entry of options.highlight ?? []) {
    const root = typeof entry === 'string' ? entry : entry.root;
    if (!roots.includes(root)) roots.push(root);
  }
  const nerves: NerveId[] = [];
  for (const entry of options.highlightNerves ?? []) {
    const nerve = typeof entry === 'string' ? entry : entry.nerve;
    if (!nerves.includes(nerve)) nerves.push(nerve);
  }
  const rootSwatches = (layer === 'nerves' ? [] : roots).map((root): LegendSwatch => {
    const style = zoneStyle(root);
    return { key: `root-${root}`, fill: style.fill, pattern: style.pattern, label: style.label, name: `${root} dermatome` };
  });
  // over the dermatomes (layer both) a territory is drawn striped inside a bold outline, not in its colour
  const nerveSwatches = (layer === 'dermatomes' ? [] : nerves).map((nerve): LegendSwatch => {
    const style = nerveStyle(nerve);
    const over = layer === 'both';
    return {
      key: `nerve-${nerve}`,
      fill: over ? '#FFFFFF' : style.fill,
      pattern: over ? 'diagonal' : style.pattern,
      label: style.label,
      name: over ? `${drawnNerveName(nerve)} (striped, bold outline)` : drawnNerveName(nerve),
    };
  });
  const hatches: LegendHatch[] = [];
  if (layer !== 'nerves' && roots.length) {
    const areas = new Set(drawn.contested.filter((c) => c.roots.some((r) => roots.includes(r))).map((c) => c.id));
    for (const id of areas) hatches.push({ kind: 'contested', text: CONTESTED_AREAS[id].caption });
  }
  if (layer === 'nerves' && nerves.length)
    hatches.push({ kind: 'nerve-edge', text: 'Hatched rim: where the territory’s edge varies between people.' });
  return {
    layer,
    title: LAYER_TITLES[layer],
    roots: rootSwatches,
    nerves: nerveSwatches,
    hatches,
    sideText: sideWords(options.side),
  };
}

const HATCH_TILES: Record<LegendHatch['kind'], string> = {
  contested:
    '<path d="M0 0L12 12M12 0L0 12" stroke="#000" stroke-opacity="0.6" stroke-width="1.4"/><rect x=".6" y=".6" width="10.8" height="10.8" fill="none" stroke="#000" stroke-width="1.2" stroke-dasharray="3 2"/>',
  'nerve-edge': '<path d="M-3 3L3 -3M0 12L12 0M9 15L15 9" stroke="#000" stroke-opacity="0.45" stroke-width="1.4"/>',
  concealed: patternTile(CONCEALED_HIGHLIGHT.pattern),
};

/** A 24 x 24 legend swatch as an SVG string: the fill with its pattern, as on the map. Decorative (aria-hidden). */
export function swatchSvg(fill: string, pattern: PatternKind): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" width="24" height="24" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${fill}"/>${patternTile(pattern)}<rect x=".3" y=".3" width="11.4" height="11.4" fill="none" stroke="#333" stroke-width=".6"/></svg>`;
}

/** The swatch of a hatching in the legend. */
export function hatchSwatchSvg(kind: LegendHatch['kind']): string {
  const fill = kind === 'concealed' ? CONCEALED_HIGHLIGHT.fill : '#FFFFFF';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" width="24" height="24" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${fill}"/>${HATCH_TILES[kind]}<rect x=".3" y=".3" width="11.4" height="11.4" fill="none" stroke="#333" stroke-width=".6"/></svg>`;
}
