import { DRAWN_NERVE_IDS } from '../maps/drawing.js';
import {
  MAP_LAYERS,
  ROOT_IDS,
  VIEW_IDS,
  type MapLayer,
  type NerveId,
  type RootId,
  type SideChoice,
  type ViewId,
} from '../types.js';

/**
 * The atlas page's state as it travels in its address, e.g. `/atlas?root=L5&view=anterior&layer=both&side=left`
 * or `/atlas?compare=L5,common-fibular`. Light enough for the browser: it names ids, never facts.
 */

/** A root or a nerve: what a zone or a territory of the figure stands for. */
export type AtlasItem = { kind: 'root'; id: RootId } | { kind: 'nerve'; id: NerveId };

export type CompareMode = 'side-by-side' | 'overlay';
export const COMPARE_MODES: readonly CompareMode[] = ['side-by-side', 'overlay'];

export interface AtlasParams {
  view: ViewId;
  layer: MapLayer;
  side: SideChoice;
  /** Draw the ISNCSCI key sensory points. */
  keyPoints: boolean;
  /** Draw the faint landmarks (malleoli, patella, folds...). */
  landmarks: boolean;
  /** The selected zone or territory. */
  selected: AtlasItem | null;
  /** Two to four roots or nerves to compare, or null. */
  compare: AtlasItem[] | null;
  compareMode: CompareMode;
  /** The search words. */
  q: string;
}

export const ATLAS_DEFAULTS: AtlasParams = {
  view: 'anterior',
  layer: 'dermatomes',
  side: 'both',
  keyPoints: false,
  landmarks: true,
  selected: null,
  compare: null,
  compareMode: 'side-by-side',
  q: '',
};

/** The most a comparison shows at once. */
export const MAX_COMPARE = 4;
/** The longest search the atlas takes. */
export const MAX_QUERY_LENGTH = 80;

// the drawing's list (light), not the branch tree, which pulls the whole geometry into the browser
const NERVES: readonly NerveId[] = DRAWN_NERVE_IDS;
export const isAtlasRoot = (value: string): value is RootId => (ROOT_IDS as readonly string[]).includes(value);
export const isAtlasNerve = (value: string): value is NerveId => (NERVES as readonly string[]).includes(value);

/** "L5" -> the L5 root, "sural" -> the sural nerve; a root id is matched whatever its case. Null when unknown. */
export function parseAtlasItem(value: string): AtlasItem | null {
  const text = value.trim();
  const upper = text.toUpperCase();
  if (isAtlasRoot(upper)) return { kind: 'root', id: upper };
  const lower = text.toLowerCase();
  if (isAtlasNerve(lower)) return { kind: 'nerve', id: lower };
  return null;
}

export const atlasItemKey = (item: AtlasItem): string => item.id;
export const sameAtlasItem = (a: AtlasItem | null, b: AtlasItem | null): boolean =>
  a !== null && b !== null && a.kind === b.kind && a.id === b.id;

/** Where each root's skin is best seen. */
const ROOT_VIEW: Record<RootId, ViewId> = {
  L1: 'anterior',
  L2: 'anterior',
  L3: 'anterior',
  L4: 'anterior',
  L5: 'anterior',
  S1: 'plantar',
  S2: 'posterior',
  S3: 'posterior',
  'S4-5': 'posterior',
};
/** Where each nerve's skin is best seen. */
const NERVE_VIEW: Record<NerveId, ViewId> = {
  ilioinguinal: 'anterior',
  genitofemoral: 'anterior',
  'lateral-femoral-cutaneous': 'anterior',
  femoral: 'anterior',
  obturator: 'anterior',
  saphenous: 'anterior',
  'common-fibular': 'anterior',
  'superficial-fibular': 'anterior',
  'deep-fibular': 'anterior',
  sural: 'posterior',
  'tibial-tarsal-tunnel': 'plantar',
  'medial-calcaneal': 'plantar',
  'medial-plantar': 'plantar',
  'lateral-plantar': 'plantar',
  'posterior-femoral-cutaneous': 'posterior',
  sciatic: 'posterior',
  pudendal: 'posterior',
};

/** The view that shows the item's skin best. */
export const bestViewOf = (item: AtlasItem): ViewId => (item.kind === 'root' ? ROOT_VIEW[item.id] : NERVE_VIEW[item.id]);

/** The layer that draws the item: its own, or both for a comparison of roots with nerves. */
export function layerFor(items: AtlasItem[]): MapLayer {
  const kinds = new Set(items.map((i) => i.kind));
  if (kinds.size > 1) return 'both';
  return kinds.has('nerve') ? 'nerves' : 'dermatomes';
}

/** What parseAtlasParams reads: a URLSearchParams (or anything with its `get`). */
export interface SearchParamsLike {
  get(name: string): string | null;
}

export interface AtlasParseResult {
  params: AtlasParams;
  /** What was wrong in the address, in words (the page says it and shows the rest). */
  errors: string[];
}

const yes = (value: string | null): boolean | null =>
  value === null
    ? null
    : ['1', 'true', 'yes', 'on'].includes(value)
      ? true
      : ['0', 'false', 'no', 'off'].includes(value)
        ? false
        : null;

/**
 * Reads the atlas's address. Every bad value is left at its default and named in `errors`; an item
 * given without a view opens the view that shows it best, and without a layer the layer that draws it.
 */
export function parseAtlasParams(search: SearchParamsLike): AtlasParseResult {
  const params: AtlasParams = { ...ATLAS_DEFAULTS };
  const errors: string[] = [];

  const view = search.get('view');
  if (view !== null) {
    if ((VIEW_IDS as readonly string[]).includes(view)) params.view = view as ViewId;
    else errors.push(`Unknown view "${view}": use ${VIEW_IDS.join(', ')}.`);
  }
  const layer = search.get('layer');
  if (layer !== null) {
    if ((MAP_LAYERS as readonly string[]).includes(layer)) params.layer = layer as MapLayer;
    else errors.push(`Unknown layer "${layer}": use ${MAP_LAYERS.join(', ')}.`);
  }
  const side = search.get('side');
  if (side !== null) {
    if (side === 'left' || side === 'right' || side === 'both') params.side = side;
    else errors.push(`Unknown side "${side}": use left, right or both.`);
  }
  for (const [key, field] of [
    ['keypoints', 'keyPoints'],
    ['landmarks', 'landmarks'],
  ] as const) {
    const raw = search.get(key);
    if (raw === null) continue;
    const value = yes(raw);
    if (value === null) errors.push(`"${key}" takes on or off, not "${raw}".`);
    else params[field] = value;
  }

  const root = search.get('root');
  const nerve = search.get('nerve');
  if (root !== null) {
    const item = parseAtlasItem(root);
    if (item?.kind === 'root') params.selected = item;
    else errors.push(`Unknown root "${root}": use ${ROOT_IDS.join(', ')}.`);
  }
  if (nerve !== null) {
    const item = parseAtlasItem(nerve);
    if (item?.kind === 'nerve') params.selected = item;
    else errors.push(`Unknown nerve "${nerve}".`);
  }

  const compare = search.get('compare');
  if (compare !== null) {
    const items: AtlasItem[] = [];
    for (const part of compare.split(',')) {
      if (!part.trim()) continue;
      const item = parseAtlasItem(part);
      if (!item) errors.push(`Cannot compare "${part.trim()}": it is no root or nerve of the atlas.`);
      else if (!items.some((i) => sameAtlasItem(i, item))) items.push(item);
    }
    if (items.length > MAX_COMPARE) errors.push(`A comparison shows at most ${MAX_COMPARE}; the first ${MAX_COMPARE} are shown.`);
    if (items.length >= 2) params.compare = items.slice(0, MAX_COMPARE);
    else errors.push('A comparison needs two roots or nerves, e.g. compare=L5,common-fibular.');
  }
  const mode = search.get('mode');
  if (mode !== null) {
    if ((COMPARE_MODES as readonly string[]).includes(mode)) params.compareMode = mode as CompareMode;
    else errors.push(`Unknown comparison mode "${mode}": use side-by-side or overlay.`);
  }

  const q = search.get('q');
  if (q !== null) params.q = q.slice(0, MAX_QUERY_LENGTH);

  const focus = params.compare ?? (params.selected ? [params.selected] : []);
  if (focus.length && view === null) params.view = bestViewOf(focus[0]!);
  if (focus.length && layer === null) params.layer = layerFor(focus);
  return { params, errors };
}

/**
 * The address of the atlas with these settings. Only the settings given are written, in a fixed
 * order, so that `atlasHref({ root: 'L5', view: 'anterior', layer: 'both', side: 'left' })` is
 * `/atlas?root=L5&view=anterior&layer=both&side=left`.
 */
export function atlasHref(
  settings: {
    root?: RootId | null;
    nerve?: NerveId | null;
    compare?: (AtlasItem | RootId | NerveId)[] | null;
    mode?: CompareMode;
    view?: ViewId;
    layer?: MapLayer;
    side?: SideChoice;
    keyPoints?: boolean;
    landmarks?: boolean;
    q?: string;
  } = {},
): string {
  const parts: string[] = [];
  const set = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  if (settings.root) set('root', settings.root);
  if (settings.nerve) set('nerve', settings.nerve);
  if (settings.compare?.length) set('compare', settings.compare.map((i) => (typeof i === 'string' ? i : i.id)).join(','));
  if (settings.mode) set('mode', settings.mode);
  if (settings.view) set('view', settings.view);
  if (settings.layer) set('layer', settings.layer);
  if (settings.side) set('side', settings.side);
  if (settings.keyPoints !== undefined) set('keypoints', settings.keyPoints ? 'on' : 'off');
  if (settings.landmarks !== undefined) set('landmarks', settings.landmarks ? 'on' : 'off');
  if (settings.q) set('q', settings.q);
  return parts.length ? `/atlas?${parts.join('&')}` : '/atlas';
}

/**
 * The atlas address for a card's answer map: its root (or nerve) on its view, layer and side; a
 * map that shows a root beside a nerve opens them compared.
 */
export function atlasHrefForAnswer(map: {
  view: ViewId;
  layer: MapLayer;
  side: SideChoice;
  highlight: readonly RootId[];
  highlightNerves: readonly NerveId[];
}): string | null {
  const items: AtlasItem[] = [
    ...map.highlight.map((id): AtlasItem => ({ kind: 'root', id })),
    ...map.highlightNerves.map((id): AtlasItem => ({ kind: 'nerve', id })),
  ];
  if (items.length === 0) return null;
  const side = map.side === 'both' ? undefined : map.side;
  if (items.length > 1) return atlasHref({ compare: items.slice(0, MAX_COMPARE), view: map.view, layer: map.layer, side });
  const [only] = items;
  return only!.kind === 'root'
    ? atlasHref({ root: only!.id, view: map.view, layer: map.layer, side })
    : atlasHref({ nerve: only!.id, view: map.view, layer: map.layer, side });
}

/**
 * "Open in the atlas" for any card's answer side: its answer map when it has one, else the root
 * its answer names ("L5"), else the atlas itself.
 */
export function atlasHrefForCard(
  map: Parameters<typeof atlasHrefForAnswer>[0] | null | undefined,
  answerText?: string | null,
): string {
  const fromMap = map ? atlasHrefForAnswer(map) : null;
  if (fromMap) return fromMap;
  const item = answerText ? parseAtlasItem(answerText) : null;
  if (item?.kind === 'root') return atlasHref({ root: item.id });
  if (item?.kind === 'nerve') return atlasHref({ nerve: item.id });
  return '/atlas';
}
