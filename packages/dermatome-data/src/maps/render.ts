import { ROOT_IDS, type RootId, type ViewId } from '../types.js';
import { mapViews } from './geometry.js';
import { keyPointsOnView } from './key-points.js';
import { CLICK_COLOURS, CONCEALED_HIGHLIGHT, NEUTRAL_FILL, patternTile, zoneStyle } from './style.js';
import type { ClickMark, MapView, PatternKind, Point, RenderMapOptions } from './types.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LABEL_SIZE = 22;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Keeps only characters that are safe in an XML id / CSS class. */
const safeToken = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '');

const fmt = (v: number): string => String(Math.round(v * 10) / 10);

interface Ids {
  title: string;
  desc: string;
  pattern: (key: string) => string;
  bandPattern: string;
}

function makeIds(prefix: string): Ids {
  return {
    title: `${prefix}-title`,
    desc: `${prefix}-desc`,
    pattern: (key) => `${prefix}-${key}`,
    bandPattern: `${prefix}-band-hatch`,
  };
}

/** A pattern tile on the zone's colour: one fill paints both. */
function patternDef(id: string, kind: PatternKind, background: string): string {
  return `<pattern id="${id}" width="12" height="12" patternUnits="userSpaceOnUse"><rect width="12" height="12" fill="${background}"/>${patternTile(kind)}</pattern>`;
}

function listRoots(roots: RootId[]): string {
  if (roots.length <= 1) return roots.join('');
  return `${roots.slice(0, -1).join(', ')} and ${roots.at(-1)}`;
}

function defaultDescription(view: MapView, options: RenderMapOptions, highlight: RootId[]): string {
  const side = view.id === 'anterior' ? 'from the front' : 'from behind, with the sole of the foot shown';
  const parts = [`Outline of the right leg seen ${side}, divided into dermatome zones.`];
  if (highlight.length > 0) {
    parts.push(
      options.concealRoots
        ? `${highlight.length === 1 ? 'One zone is' : `${highlight.length} zones are`} shaded.`
        : `Shaded: ${listRoots(highlight)}.`,
    );
  } else if (options.colourAll && !options.concealRoots) {
    parts.push('Every zone is coloured and patterned by its root.');
  }
  if (options.showLabels && !options.concealRoots) parts.push('Each zone carries its root label.');
  if (options.showKeyPoints) parts.push('Dots mark the ISNCSCI key sensory points.');
  if (options.markPoint) parts.push('A target marker shows one point on the skin.');
  if (options.click) parts.push(`A marker shows where you clicked: ${clickWord(options.click)}.`);
  return parts.join(' ');
}

function clickWord(click: ClickMark): string {
  if (click.correct === true) return 'correct';
  if (click.correct === 'partial') return 'partly correct (transition zone)';
  if (click.correct === false) return 'wrong';
  return 'not graded';
}

function zoneLayer(view: MapView, options: RenderMapOptions, ids: Ids, coloured: Set<RootId>): string {
  const borders = options.zoneBorders !== false;
  const conceal = Boolean(options.concealRoots);
  // concealed: a fixed order that does not follow the roots
  const zones = conceal ? [...view.zones].sort((a, b) => a.path.localeCompare(b.path)) : view.zones;
  return zones
    .map((zone) => {
      const isColoured = coloured.has(zone.root);
      const style = zoneStyle(zone.root);
      const colour = !isColoured ? NEUTRAL_FILL : conceal ? CONCEALED_HIGHLIGHT.fill : style.fill;
      const fill = !isColoured ? NEUTRAL_FILL : `url(#${conceal ? ids.pattern('p-mark') : ids.pattern(style.patternId)})`;
      // without borders, a hairline of the zone's own colour hides the anti-aliasing seams
      const stroke = borders ? 'stroke="#FFFFFF" stroke-width="1.6"' : `stroke="${colour}" stroke-width="0.8"`;
      const classes = `dm-zone${conceal ? '' : ` dm-zone-${safeToken(zone.root)}`}${isColoured ? ' dm-zone-marked' : ''}`;
      const data = conceal ? '' : ` data-root="${zone.root}"`;
      return `<path class="${classes}"${data} d="${zone.path}" fill="${fill}" fill-rule="evenodd" ${stroke} stroke-linejoin="round"/>`;
    })
    .join('');
}

function bandLayer(view: MapView, options: RenderMapOptions, ids: Ids): string {
  if (!options.showBands) return '';
  const conceal = Boolean(options.concealRoots);
  return `<g class="dm-bands">${view.bands
    .map((band) => {
      const attrs = conceal ? '' : ` data-roots="${band.roots.join(' ')}"`;
      return `<path class="dm-band"${attrs} d="${band.path}" fill="url(#${ids.bandPattern})" fill-rule="evenodd" stroke="#333" stroke-width="0.8" stroke-dasharray="3 3"/>`;
    })
    .join('')}</g>`;
}

function detailLayer(view: MapView): string {
  const lines = view.details.map((d) => `<path class="dm-anatomy dm-anatomy-${safeToken(d.kind)}" d="${d.path}"/>`).join('');
  return `<g fill="none" stroke="#3A3A3A" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${lines}</g>`;
}

function outlineLayer(view: MapView): string {
  return (
    `<path class="dm-cut" d="${view.cutPath}" fill="none" stroke="#6E6E6E" stroke-width="1.4" stroke-dasharray="7 5"/>` +
    `<path class="dm-skin" d="${view.skinPath}" fill="none" stroke="#1E1E1E" stroke-width="2.6" stroke-linejoin="round" stroke-linecap="round"/>`
  );
}

function haloText(x: number, y: number, text: string, size: number, extra = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${size}" font-weight="700" font-family="${FONT}" text-anchor="middle" dominant-baseline="central" fill="#111111" stroke="#FFFFFF" stroke-width="${fmt(size / 4)}" stroke-linejoin="round" paint-order="stroke"${extra}>${escapeXml(text)}</text>`;
}

function labelLayer(view: MapView): string {
  const labels = view.zones.flatMap((zone) =>
    zone.labels.map((spot) => {
      const leader = spot.leader
        ? `<path d="M${fmt(spot.x)} ${fmt(spot.y)}L${fmt(spot.leader.x)} ${fmt(spot.leader.y)}" stroke="#FFFFFF" stroke-width="4" stroke-linecap="round"/><path d="M${fmt(spot.x)} ${fmt(spot.y)}L${fmt(spot.leader.x)} ${fmt(spot.leader.y)}" stroke="#111111" stroke-width="1.6" stroke-linecap="round"/><circle cx="${fmt(spot.leader.x)}" cy="${fmt(spot.leader.y)}" r="2.5" fill="#111111"/>`
        : '';
      const size = spot.leader ? LABEL_SIZE - 4 : LABEL_SIZE;
      return leader + haloText(spot.x, spot.y, zoneStyle(zone.root).label, size);
    }),
  );
  return `<g class="dm-labels">${labels.join('')}</g>`;
}

function keyPointLayer(view: MapView, options: RenderMapOptions): string {
  const only = Array.isArray(options.showKeyPoints) ? new Set(options.showKeyPoints) : null;
  const points = keyPointsOnView(view.id).filter((kp) => !only || only.has(kp.root));
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
function clickLayer(view: MapView, click: ClickMark): string {
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
  const [, , width] = view.viewBox.split(' ').map(Number);
  const toRight = x < (width ?? 300) * 0.55;
  const tagX = toRight ? x + r + 6 : x - r - 6;
  const label = `<text x="${fmt(tagX)}" y="${fmt(y)}" font-size="16" font-weight="700" font-family="${FONT}" text-anchor="${toRight ? 'start' : 'end'}" dominant-baseline="central" fill="#111111" stroke="#FFFFFF" stroke-width="4.5" stroke-linejoin="round" paint-order="stroke">${word}</text>`;
  return `<g class="dm-click dm-click-${result}">${ring}${glyph}${label}</g>`;
}

/**
 * Draws a view of the right leg as a standalone SVG document string.
 *
 * Colour is never the only cue: every coloured zone also carries its root's pattern, labels sit
 * on a light halo, the click marker's result is a shape and a word.
 */
export function renderMapSvg(view: ViewId, options: RenderMapOptions = {}): string {
  const map = mapViews[view];
  if (!map) throw new Error(`Unknown view: ${String(view)}`);
  const conceal = Boolean(options.concealRoots);
  // an XML id must start with a letter or an underscore
  const token = safeToken(options.idPrefix ?? 'dm');
  const prefix = /^[A-Za-z_]/.test(token) ? token : `dm${token}`;
  const ids = makeIds(prefix);
  const shaded = (options.shadeZones ?? []).flatMap((index) => (map.zones[index] ? [map.zones[index].root] : []));
  const highlight = [...(options.highlight ?? []), ...shaded].filter((r) => ROOT_IDS.includes(r));
  const coloured = new Set<RootId>(options.colourAll && !conceal ? map.zones.map((z) => z.root) : highlight);

  const title = options.title ?? map.name;
  const description = options.description ?? defaultDescription(map, options, highlight);
  const patterns = conceal
    ? coloured.size > 0
      ? patternDef(ids.pattern('p-mark'), CONCEALED_HIGHLIGHT.pattern, CONCEALED_HIGHLIGHT.fill)
      : ''
    : [...coloured]
        .map((root) => {
          const style = zoneStyle(root);
          return patternDef(ids.pattern(style.patternId), style.pattern, style.fill);
        })
        .join('');
  const bandPattern = options.showBands
    ? `<pattern id="${ids.bandPattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#FFFFFF" fill-opacity="0.45"/><path d="M0 0V6" stroke="#000" stroke-opacity="0.5" stroke-width="1.6"/></pattern>`
    : '';

  const width = options.width ?? map.width;
  const height = Math.round((width * map.height) / map.width);
  const className = ['dm-map', `dm-map-${view}`, options.className ? escapeXml(options.className) : ''].filter(Boolean).join(' ');
  const showLabels = Boolean(options.showLabels) && !conceal;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" width="${width}" height="${height}" role="img" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" class="${className}">`,
    `<title id="${ids.title}">${escapeXml(title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(description)}</desc>`,
    `<defs>${patterns}${bandPattern}</defs>`,
    `<g class="dm-zones">${zoneLayer(map, options, ids, coloured)}</g>`,
    bandLayer(map, options, ids),
    detailLayer(map),
    outlineLayer(map),
    showLabels ? labelLayer(map) : '',
    options.showKeyPoints ? keyPointLayer(map, options) : '',
    options.markPoint ? markerLayer(options.markPoint) : '',
    options.click ? clickLayer(map, options.click) : '',
    '</svg>',
  ].join('');
}
