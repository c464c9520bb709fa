import {
  MAP_LAYERS,
  ROOT_IDS,
  type MapLayer,
  type NerveId,
  type SideChoice,
  type SideId,
  type ViewId,
  type ZoneRootId,
} from '../types.js';
import {
  DRAWN_NERVE_IDS as NERVE_IDS,
  drawnKeyPoints,
  drawnNerveName,
  drawnTerritoryNerves as territoryNerves,
  drawViews,
} from './drawing.js';
import type { DrawnView as MapView } from './drawing-types.js';
import { CLICK_COLOURS, CONCEALED_HIGHLIGHT, NEUTRAL_FILL, SIDE_NAMES, nerveStyle, patternTile, zoneStyle } from './style.js';
import type { ClickMark, NerveHighlight, PatternKind, Point, RenderMapOptions, RootHighlight } from './types.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LABEL_SIZE = 22;
const NERVE_LABEL_SIZE = 17;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Keeps only characters that are safe in an XML id / CSS class. */
const safeToken = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '');

const fmt = (v: number): string => String(Math.round(v * 10) / 10);

const sidesOf = (choice: SideChoice | undefined): SideId[] =>
  choice === 'right' ? ['right'] : choice === 'left' ? ['left'] : ['right', 'left'];

const isSideChoice = (v: unknown): v is SideChoice => v === 'right' || v === 'left' || v === 'both';

interface Ids {
  title: string;
  desc: string;
  pattern: (key: string) => string;
  bandPattern: string;
  contestedPattern: string;
  edgePattern: string;
  conceal: string;
  skinClip: string;
}

function makeIds(prefix: string): Ids {
  return {
    title: `${prefix}-title`,
    desc: `${prefix}-desc`,
    pattern: (key) => `${prefix}-${key}`,
    bandPattern: `${prefix}-band-hatch`,
    contestedPattern: `${prefix}-contested-hatch`,
    edgePattern: `${prefix}-edge-hatch`,
    conceal: `${prefix}-p-mark`,
    skinClip: `${prefix}-skin`,
  };
}

/** A pattern tile on a colour: one fill paints both. */
function patternDef(id: string, kind: PatternKind, background: string): string {
  return `<pattern id="${id}" width="12" height="12" patternUnits="userSpaceOnUse"><rect width="12" height="12" fill="${background}"/>${patternTile(kind)}</pattern>`;
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What is coloured, keyed "root|side" or "leafNerve|side", with the style to paint it in. */
interface Painting {
  zones: Map<string, ZoneRootId>;
  nerves: Map<string, NerveId>;
  /** For the description: highlighted roots and nerves with their sides. */
  rootNames: string[];
  nerveNames: string[];
}

function sideText(sides: SideId[]): string {
  return sides.length === 2 ? 'both sides' : `the patient’s ${SIDE_NAMES[sides[0]!].word} side`;
}

function resolvePainting(map: MapView, options: RenderMapOptions, layer: MapLayer, conceal: boolean): Painting {
  const defaultSide = isSideChoice(options.side) ? options.side : 'both';
  const zones = new Map<string, ZoneRootId>();
  const nerves = new Map<string, NerveId>();
  const rootNames: string[] = [];
  const nerveNames: string[] = [];
  const drawsZones = layer !== 'nerves';
  const drawsNerves = layer !== 'dermatomes';

  for (const entry of (options.highlight ?? []) as RootHighlight[]) {
    const root = typeof entry === 'string' ? entry : entry?.root;
    if (!root || !(ROOT_IDS as readonly string[]).includes(root)) continue;
    const sides = sidesOf(typeof entry === 'string' ? defaultSide : isSideChoice(entry.side) ? entry.side : defaultSide);
    for (const side of sides) zones.set(`${root}|${side}`, root);
    rootNames.push(`${root} (${sideText(sides)})`);
  }
  for (const index of options.shadeZones ?? []) {
    const zone = Number.isInteger(index) ? map.zones[index] : undefined;
    if (zone) zones.set(`${zone.root}|${zone.side}`, zone.root);
  }
  for (const entry of (options.highlightNerves ?? []) as NerveHighlight[]) {
    const nerve = typeof entry === 'string' ? entry : entry?.nerve;
    if (!nerve || !(NERVE_IDS as readonly string[]).includes(nerve)) continue;
    const sides = sidesOf(typeof entry === 'string' ? defaultSide : isSideChoice(entry.side) ? entry.side : defaultSide);
    for (const leaf of territoryNerves(nerve)) for (const side of sides) nerves.set(`${leaf}|${side}`, nerve);
    nerveNames.push(`the ${nerveStyle(nerve).label} territory (${sideText(sides)})`);
  }
  for (const index of options.shadeNerves ?? []) {
    const t = Number.isInteger(index) ? map.nerves[index] : undefined;
    if (t) nerves.set(`${t.nerve}|${t.side}`, t.nerve);
  }
  if (options.colourAll && !conceal) {
    if (drawsZones) for (const z of map.zones) if (!zones.has(`${z.root}|${z.side}`)) zones.set(`${z.root}|${z.side}`, z.root);
    if (drawsNerves && layer === 'nerves')
      for (const t of map.nerves) if (!nerves.has(`${t.nerve}|${t.side}`)) nerves.set(`${t.nerve}|${t.side}`, t.nerve);
  }
  return { zones, nerves, rootNames, nerveNames };
}

const LAYER_WORDS: Record<MapLayer, string> = {
  dermatomes: 'divided into dermatome zones',
  nerves: 'divided into peripheral-nerve territories',
  both: 'with dermatome zones and peripheral-nerve territories overlaid',
};

function defaultDescription(map: MapView, options: RenderMapOptions, layer: MapLayer, paint: Painting, conceal: boolean): string {
  const parts = [`${map.name}, ${LAYER_WORDS[layer]}.`];
  const shaded = paint.zones.size + paint.nerves.size;
  if (conceal) {
    if (shaded > 0) parts.push('Part of the skin is shaded.');
  } else {
    if (paint.rootNames.length) parts.push(`Shaded dermatome: ${listNames(paint.rootNames)}.`);
    if (paint.nerveNames.length) parts.push(`Shaded nerve skin: ${listNames(paint.nerveNames)}.`);
    if (options.colourAll) parts.push('Every area is coloured and patterned.');
    if (options.showLabels) parts.push('Each area carries its label.');
  }
  if (options.showKeyPoints) parts.push('Dots mark the ISNCSCI key sensory points.');
  if (options.markPoint) parts.push('A target marker shows one point on the skin.');
  if (options.click) parts.push(`A marker shows where you clicked: ${clickWord(options.click)}.`);
  return parts.join(' ');
}

function clickWord(click: ClickMark): string {
  if (click.correct === true) return 'correct';
  if (click.correct === 'partial') return 'partly correct (transition or contested area)';
  if (click.correct === false) return 'wrong';
  return 'not graded';
}

/** With `interactive`: a focusable button named after the area (the atlas lets the keyboard reach every zone and territory). */
function interactiveAttrs(options: RenderMapOptions, conceal: boolean, name: string, side: SideId): string {
  if (!options.interactive || conceal) return '';
  return ` tabindex="0" role="button" aria-label="${escapeXml(`${name}, patient’s ${SIDE_NAMES[side].word} side`)}"`;
}

function zoneLayer(map: MapView, options: RenderMapOptions, ids: Ids, paint: Painting, conceal: boolean): string {
  const borders = options.zoneBorders !== false;
  const zones = conceal ? [...map.zones].sort((a, b) => a.path.localeCompare(b.path)) : map.zones;
  return zones
    .map((zone) => {
      const painted = paint.zones.get(`${zone.root}|${zone.side}`);
      const style = painted ? zoneStyle(painted) : null;
      const colour = !style ? NEUTRAL_FILL : conceal ? CONCEALED_HIGHLIGHT.fill : style.fill;
      const fill = !style ? NEUTRAL_FILL : `url(#${conceal ? ids.conceal : ids.pattern(style.patternId)})`;
      const stroke = borders ? 'stroke="#FFFFFF" stroke-width="1.6"' : `stroke="${colour}" stroke-width="0.8"`;
      const classes = conceal
        ? `dm-zone${style ? ' dm-zone-marked' : ''}`
        : `dm-zone dm-zone-${safeToken(zone.root)} dm-side-${zone.side}${style ? ' dm-zone-marked' : ''}`;
      const data = conceal ? '' : ` data-root="${zone.root}" data-side="${zone.side}"`;
      const focus = interactiveAttrs(options, conceal, `${zone.root} dermatome`, zone.side);
      return `<path class="${classes}"${data}${focus} d="${zone.path}" fill="${fill}" fill-rule="evenodd" ${stroke} stroke-linejoin="round"/>`;
    })
    .join('');
}

function nerveFillLayer(map: MapView, options: RenderMapOptions, ids: Ids, paint: Painting, conceal: boolean): string {
  const territories = conceal ? [...map.nerves].sort((a, b) => a.path.localeCompare(b.path)) : map.nerves;
  return territories
    .map((t) => {
      const painted = paint.nerves.get(`${t.nerve}|${t.side}`);
      const fill = !painted ? NEUTRAL_FILL : `url(#${conceal ? ids.conceal : ids.pattern(nerveStyle(painted).patternId)})`;
      const classes = conceal
        ? `dm-nerve${painted ? ' dm-nerve-marked' : ''}`
        : `dm-nerve dm-nerve-${t.nerve} dm-side-${t.side}${painted ? ' dm-nerve-marked' : ''}`;
      const data = conceal ? '' : ` data-nerve="${t.nerve}" data-side="${t.side}"`;
      const focus = interactiveAttrs(options, conceal, `${drawnNerveName(t.nerve)} territory`, t.side);
      return `<path class="${classes}"${data}${focus} d="${t.path}" fill="${fill}" fill-rule="evenodd" stroke="#FFFFFF" stroke-width="1.6" stroke-linejoin="round"/>`;
    })
    .join('');
}

/** Over the dermatomes: the highlighted territories hatched and outlined boldly (with colourAll, every border dashed). */
function nerveOverlayLayer(
  map: MapView,
  options: RenderMapOptions,
  ids: Ids,
  paint: Painting,
  conceal: boolean,
  showAll: boolean,
): string {
  const territories = conceal ? [...map.nerves].sort((a, b) => a.path.localeCompare(b.path)) : map.nerves;
  return territories
    .map((t) => {
      const painted = paint.nerves.get(`${t.nerve}|${t.side}`);
      const classes = conceal ? 'dm-nerve-line' : `dm-nerve-line dm-nerve-${t.nerve} dm-side-${t.side}`;
      const data =
        (conceal ? '' : ` data-nerve="${t.nerve}" data-side="${t.side}"`) +
        interactiveAttrs(options, conceal, `${drawnNerveName(t.nerve)} territory`, t.side);
      if (!painted) {
        if (!showAll) return '';
        return `<path class="${classes}"${data} d="${t.path}" fill="none" stroke="#222" stroke-opacity="0.55" stroke-width="1.2" stroke-dasharray="4 4"/>`;
      }
      return `<path class="${classes} dm-nerve-marked"${data} d="${t.path}" fill="url(#${ids.pattern(`over-${nerveStyle(painted).patternId}`)})" fill-rule="evenodd" stroke="#000" stroke-width="3.2" stroke-dasharray="10 5" stroke-linejoin="round"/>`;
    })
    .join('');
}

function deficitLayer(map: MapView, ids: Ids, paint: Painting): string {
  const areas = [
    ...map.zones.filter((z) => paint.zones.has(`${z.root}|${z.side}`)).map((z) => z.path),
    ...map.nerves.filter((t) => paint.nerves.has(`${t.nerve}|${t.side}`)).map((t) => t.path),
  ].sort();
  return areas
    .map(
      (path) =>
        `<path class="dm-area dm-area-marked" d="${path}" fill="url(#${ids.conceal})" fill-rule="evenodd" stroke="${CONCEALED_HIGHLIGHT.fill}" stroke-width="0.8"/>`,
    )
    .join('');
}

function hatchLayer(cls: string, paths: { path: string; attrs: string }[], patternId: string, stroke: string): string {
  if (paths.length === 0) return '';
  return `<g class="${cls}">${paths
    .map(
      (p) =>
        `<path class="${cls.replace(/s$/, '')}"${p.attrs} d="${p.path}" fill="url(#${patternId})" fill-rule="evenodd" ${stroke}/>`,
    )
    .join('')}</g>`;
}

function detailLayer(map: MapView, showLandmarks: boolean): string {
  const lines = map.details
    .filter((d) => showLandmarks || !d.faint)
    .map(
      (d) =>
        `<path class="dm-anatomy dm-anatomy-${safeToken(d.kind)}" d="${d.path}"${d.faint ? ' stroke-opacity="0.45" stroke-width="1.3"' : ''}/>`,
    )
    .join('');
  return `<g fill="none" stroke="#3A3A3A" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${lines}</g>`;
}

function outlineLayer(map: MapView): string {
  const cut = map.cutPath
    ? `<path class="dm-cut" d="${map.cutPath}" fill="none" stroke="#6E6E6E" stroke-width="1.4" stroke-dasharray="7 5"/>`
    : '';
  return `${cut}<path class="dm-skin" d="${map.skinPath}" fill="none" stroke="#1E1E1E" stroke-width="2.6" stroke-linejoin="round" stroke-linecap="round"/>`;
}

function haloText(x: number, y: number, text: string, size: number, extra = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${size}" font-weight="700" font-family="${FONT}" text-anchor="middle" dominant-baseline="central" fill="#111111" stroke="#FFFFFF" stroke-width="${fmt(size / 4)}" stroke-linejoin="round" paint-order="stroke"${extra}>${escapeXml(text)}</text>`;
}

function labelWithLeader(spot: { x: number; y: number; leader?: Point }, text: string, size: number): string {
  const leader = spot.leader
    ? `<path d="M${fmt(spot.x)} ${fmt(spot.y)}L${fmt(spot.leader.x)} ${fmt(spot.leader.y)}" stroke="#FFFFFF" stroke-width="4" stroke-linecap="round"/><path d="M${fmt(spot.x)} ${fmt(spot.y)}L${fmt(spot.leader.x)} ${fmt(spot.leader.y)}" stroke="#111111" stroke-width="1.6" stroke-linecap="round"/><circle cx="${fmt(spot.leader.x)}" cy="${fmt(spot.leader.y)}" r="2.5" fill="#111111"/>`
    : '';
  return leader + haloText(spot.x, spot.y, text, spot.leader ? size - 4 : size);
}

function zoneLabelLayer(map: MapView, only: Set<string> | null): string {
  const labels = map.zones
    .filter((zone) => !only || only.has(`${zone.root}|${zone.side}`))
    .flatMap((zone) => zone.labels.map((spot) => labelWithLeader(spot, zoneStyle(zone.root).label, LABEL_SIZE)));
  return `<g class="dm-labels">${labels.join('')}</g>`;
}

function nerveLabelLayer(map: MapView, only: Set<string> | null): string {
  const labels = map.nerves
    .filter((t) => !only || only.has(`${t.nerve}|${t.side}`))
    .flatMap((t) => t.labels.map((spot) => labelWithLeader(spot, nerveStyle(t.nerve).label, NERVE_LABEL_SIZE)));
  return `<g class="dm-nerve-labels">${labels.join('')}</g>`;
}

function sideLabelLayer(map: MapView): string {
  return `<g class="dm-side-labels">${map.sides
    .map(
      (s) =>
        `<text class="dm-side-label dm-side-label-${s.side}" x="${fmt(s.label.x)}" y="${fmt(s.label.y)}" font-size="34" font-weight="800" font-family="${FONT}" text-anchor="middle" dominant-baseline="central" fill="#111111" stroke="#FFFFFF" stroke-width="7" stroke-linejoin="round" paint-order="stroke"><title>Patient’s ${SIDE_NAMES[s.side].word}</title>${SIDE_NAMES[s.side].letter}</text>`,
    )
    .join('')}</g>`;
}

function keyPointLayer(map: MapView, options: RenderMapOptions): string {
  const only = Array.isArray(options.showKeyPoints) ? new Set<string>(options.showKeyPoints) : null;
  const sides = sidesOf(isSideChoice(options.side) ? options.side : 'both');
  const points = drawnKeyPoints(map.id).filter((kp) => (!only || only.has(kp.root)) && sides.includes(kp.side));
  return `<g class="dm-key-points">${points
    .map((kp) => `<circle cx="${fmt(kp.x)}" cy="${fmt(kp.y)}" r="6.5" fill="#111111" stroke="#FFFFFF" stroke-width="2.5"/>`)
    .join('')}</g>`;
}

/** A target: double ring (dark and light, visible on any fill), cross hairs and a centre dot. */
function markerLayer(point: Point): string {
  const { x, y } = point;
  const hair = (x1: number, y1: number, x2: number, y2: number): string => `M${fmt(x1)} ${fmt(y1)}L${fmt(x2)} ${fmt(y2)}`;
  const hairs = [
    hair(x - 26, y, x - 11, y),
    hair(x + 11, y, x + 26, y),
    hair(x, y - 26, x, y - 11),
    hair(x, y + 11, x, y + 26),
  ].join('');
  return (
    `<g class="dm-mark">` +
    `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="15" fill="none" stroke="#FFFFFF" stroke-width="6"/>` +
    `<path d="${hairs}" stroke="#FFFFFF" stroke-width="6" stroke-linecap="round"/>` +
    `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="15" fill="none" stroke="#000000" stroke-width="3"/>` +
    `<path d="${hairs}" stroke="#000000" stroke-width="3" stroke-linecap="round"/>` +
    `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="#000000" stroke="#FFFFFF" stroke-width="1.5"/>` +
    `</g>`
  );
}

/** The learner's click: a shape per result (check, half-filled disc, cross, pin) plus a word. */
function clickLayer(map: MapView, click: ClickMark): string {
  const { x, y } = click;
  const result =
    click.correct === true ? 'correct' : click.correct === 'partial' ? 'partial' : click.correct === false ? 'wrong' : 'ungraded';
  const colour = CLICK_COLOURS[result];
  const word = { correct: 'right', partial: 'partly', wrong: 'wrong', ungraded: 'your click' }[result];
  const r = 13;
  const ring = `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r}" fill="#FFFFFF" stroke="#000000" stroke-width="2"/>`;
  let glyph: string;
  switch (result) {
    case 'correct':
      glyph = `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r - 1}" fill="${colour}"/><path d="M${fmt(x - 6)} ${fmt(y)}L${fmt(x - 1.5)} ${fmt(y + 5)}L${fmt(x + 7)} ${fmt(y - 5.5)}" fill="none" stroke="#FFFFFF" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`;
      break;
    case 'partial':
      glyph = `<path d="M${fmt(x)} ${fmt(y - r + 1)}A${r - 1} ${r - 1} 0 0 1 ${fmt(x)} ${fmt(y + r - 1)}Z" fill="${colour}"/><path d="M${fmt(x)} ${fmt(y - r + 1)}V${fmt(y + r - 1)}" stroke="#000000" stroke-width="1.5"/>`;
      break;
    case 'wrong':
      glyph = `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r - 1}" fill="${colour}"/><path d="M${fmt(x - 5.5)} ${fmt(y - 5.5)}L${fmt(x + 5.5)} ${fmt(y + 5.5)}M${fmt(x + 5.5)} ${fmt(y - 5.5)}L${fmt(x - 5.5)} ${fmt(y + 5.5)}" stroke="#FFFFFF" stroke-width="3.2" stroke-linecap="round"/>`;
      break;
    default:
      glyph = `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="4.5" fill="${colour}"/>`;
  }
  const toRight = x < map.width * 0.55;
  const tagX = toRight ? x + r + 6 : x - r - 6;
  const label = `<text x="${fmt(tagX)}" y="${fmt(y)}" font-size="18" font-weight="700" font-family="${FONT}" text-anchor="${toRight ? 'start' : 'end'}" dominant-baseline="central" fill="#111111" stroke="#FFFFFF" stroke-width="4.5" stroke-linejoin="round" paint-order="stroke">${word}</text>`;
  return `<g class="dm-click dm-click-${result}">${ring}${glyph}${label}</g>`;
}

const finitePoint = (p: Point | undefined): p is Point =>
  p !== undefined && p !== null && Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Draws a view of the lower body as a standalone SVG document string: the dermatome layer, the
 * nerve layer or both, on one or both sides.
 *
 * Colour is never the only cue: every coloured area also carries its pattern and (when labels are
 * on) its label, the patient's sides are lettered R and L, the click marker's result is a shape
 * and a word. Throws only for an unknown view.
 */
export function renderMapSvg(view: ViewId, options: RenderMapOptions = {}): string {
  const map = drawViews[view];
  if (!map) throw new Error(`Unknown view: ${String(view)}`);
  const conceal = Boolean(options.concealRoots);
  const layer: MapLayer = (MAP_LAYERS as readonly string[]).includes(options.layer ?? '') ? options.layer! : 'dermatomes';
  const token = safeToken(options.idPrefix ?? 'dm');
  const prefix = /^[A-Za-z_]/.test(token) ? token : `dm${token}`;
  const ids = makeIds(prefix);
  const paint = resolvePainting(map, options, layer, conceal);
  const drawsZones = layer !== 'nerves';
  const drawsNerves = layer !== 'dermatomes';

  const title = options.title ?? map.name;
  const description = options.description ?? defaultDescription(map, options, layer, paint, conceal);

  const defs: string[] = [];
  if (conceal) {
    if (paint.zones.size || paint.nerves.size)
      defs.push(patternDef(ids.conceal, CONCEALED_HIGHLIGHT.pattern, CONCEALED_HIGHLIGHT.fill));
  } else {
    for (const root of new Set(paint.zones.values())) {
      const style = zoneStyle(root);
      defs.push(patternDef(ids.pattern(style.patternId), style.pattern, style.fill));
    }
    for (const nerve of new Set(paint.nerves.values())) {
      const style = nerveStyle(nerve);
      defs.push(patternDef(ids.pattern(style.patternId), style.pattern, style.fill));
      if (layer === 'both') {
        defs.push(
          `<pattern id="${ids.pattern(`over-${style.patternId}`)}" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><path d="M0 0V10" stroke="#000" stroke-opacity="0.6" stroke-width="1.6"/></pattern>`,
        );
      }
    }
  }
  const showBands = Boolean(options.showBands) && drawsZones;
  const showContested = drawsZones && !conceal && (options.showContested ?? (paint.zones.size > 0 || Boolean(options.showBands)));
  const showEdges = drawsNerves && layer === 'nerves' && (options.showNerveEdges ?? paint.nerves.size > 0);
  if (showBands)
    defs.push(
      `<pattern id="${ids.bandPattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#FFFFFF" fill-opacity="0.45"/><path d="M0 0V6" stroke="#000" stroke-opacity="0.5" stroke-width="1.6"/></pattern>`,
    );
  if (showContested)
    defs.push(
      `<pattern id="${ids.contestedPattern}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#FFFFFF" fill-opacity="0.55"/><path d="M0 0V8M0 0H8" stroke="#000" stroke-opacity="0.6" stroke-width="1.4"/></pattern>`,
    );
  if (showEdges)
    defs.push(
      `<pattern id="${ids.edgePattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><path d="M0 0V6" stroke="#000" stroke-opacity="0.35" stroke-width="1.4"/></pattern>`,
    );
  defs.push(`<clipPath id="${ids.skinClip}"><path d="${map.outline.path}" clip-rule="evenodd"/></clipPath>`);

  const width = Number.isFinite(options.width) && (options.width ?? 0) > 0 ? options.width! : map.width;
  const height = Math.round((width * map.height) / map.width);
  const className = ['dm-map', `dm-map-${view}`, `dm-layer-${layer}`, options.className ? escapeXml(options.className) : '']
    .filter(Boolean)
    .join(' ');
  const showLabels = Boolean(options.showLabels) && !conceal;
  const highlightedNerves = new Set(paint.nerves.keys());

  const body: string[] = [];
  body.push(`<path class="dm-body" d="${map.outline.path}" fill="${NEUTRAL_FILL}" fill-rule="evenodd"/>`);
  // A concealed question on both layers ("dermatomal or peripheral?"): the deficit is drawn as one
  // neutral area, with no zone or territory borders, whichever layer it comes from.
  const deficitMode = conceal && layer === 'both';
  if (deficitMode) body.push(`<g class="dm-deficit">${deficitLayer(map, ids, paint)}</g>`);
  else if (drawsZones) body.push(`<g class="dm-zones">${zoneLayer(map, options, ids, paint, conceal)}</g>`);
  if (layer === 'nerves') body.push(`<g class="dm-nerves">${nerveFillLayer(map, options, ids, paint, conceal)}</g>`);
  if (showBands) {
    const bands = map.bands.map((b) => ({
      path: b.path,
      attrs: conceal ? '' : ` data-roots="${b.roots.join(' ')}" data-side="${b.side}"`,
    }));
    body.push(hatchLayer('dm-bands', bands, ids.bandPattern, 'stroke="#333" stroke-width="0.8" stroke-dasharray="3 3"'));
  }
  if (showContested) {
    // on the sides that carry colour (a contested strip beside an uncoloured leg would mean nothing)
    const coloured = new Set([...paint.zones.keys()].map((key) => key.split('|')[1]));
    const areas = map.contested
      .filter((c) => options.showBands || options.colourAll || coloured.has(c.side))
      .map((c) => ({ path: c.path, attrs: ` data-contested="${c.id}" data-side="${c.side}"` }));
    body.push(
      hatchLayer('dm-contesteds', areas, ids.contestedPattern, 'stroke="#000" stroke-width="1.2" stroke-dasharray="5 3"'),
    );
  }
  if (showEdges) {
    const edges = map.nerves
      .filter((t) => options.colourAll || highlightedNerves.has(`${t.nerve}|${t.side}`))
      .map((t) => ({ path: t.edgePath, attrs: conceal ? '' : ` data-nerve="${t.nerve}" data-side="${t.side}"` }));
    body.push(
      `<g clip-path="url(#${ids.skinClip})">${hatchLayer('dm-nerve-edges', edges, ids.edgePattern, 'stroke="none"')}</g>`,
    );
  }
  if (layer === 'both' && !deficitMode)
    body.push(
      `<g class="dm-nerve-lines">${nerveOverlayLayer(map, options, ids, paint, conceal, Boolean(options.colourAll))}</g>`,
    );
  body.push(detailLayer(map, options.showLandmarks !== false));
  body.push(outlineLayer(map));
  if (options.showSideLabels !== false) body.push(sideLabelLayer(map));
  if (showLabels) {
    if (drawsZones) body.push(zoneLabelLayer(map, layer === 'both' && !options.colourAll ? new Set(paint.zones.keys()) : null));
    if (layer === 'nerves') body.push(nerveLabelLayer(map, null));
    if (layer === 'both') body.push(nerveLabelLayer(map, highlightedNerves));
  }
  if (options.showKeyPoints) body.push(keyPointLayer(map, options));
  if (finitePoint(options.markPoint)) body.push(markerLayer(options.markPoint));
  if (finitePoint(options.click)) body.push(clickLayer(map, options.click));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" width="${fmt(width)}" height="${height}" role="${options.interactive && !conceal ? 'group' : 'img'}" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" class="${className}">`,
    `<title id="${ids.title}">${escapeXml(title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(description)}</desc>`,
    `<defs>${defs.join('')}</defs>`,
    ...body,
    '</svg>',
  ].join('');
}
