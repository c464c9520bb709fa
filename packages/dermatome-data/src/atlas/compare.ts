import type { MapLayer, ViewId } from '../types.js';
import { sameAtlasItem, type AtlasItem } from './params.js';

/**
 * Ready-made comparisons: the roots and the nerves that share their skin, as the reference pairs
 * them (section 6, "tells it apart", and section 9, vignette distractors).
 */
export interface ComparePair {
  id: string;
  title: string;
  items: AtlasItem[];
  /** The view that shows them all when overlaid. */
  view: ViewId;
  layer: MapLayer;
}

const root = (id: Extract<AtlasItem, { kind: 'root' }>['id']): AtlasItem => ({ kind: 'root', id });
const nerve = (id: Extract<AtlasItem, { kind: 'nerve' }>['id']): AtlasItem => ({ kind: 'nerve', id });

export const COMPARE_PAIRS: readonly ComparePair[] = [
  {
    id: 'l5-common-fibular',
    title: 'L5 vs common fibular nerve (foot drop)',
    items: [root('L5'), nerve('common-fibular')],
    view: 'anterior',
    layer: 'both',
  },
  {
    id: 's1-sural-tarsal-tunnel',
    title: 'S1 vs sural nerve vs tibial nerve at the tarsal tunnel',
    items: [root('S1'), nerve('sural'), nerve('tibial-tarsal-tunnel')],
    view: 'plantar',
    layer: 'both',
  },
  {
    id: 'l4-saphenous',
    title: 'L4 vs saphenous nerve',
    items: [root('L4'), nerve('saphenous')],
    view: 'anterior',
    layer: 'both',
  },
  {
    id: 'l2-l3-lateral-femoral-cutaneous',
    title: 'L2 and L3 vs lateral femoral cutaneous nerve (meralgia paraesthetica)',
    items: [root('L2'), root('L3'), nerve('lateral-femoral-cutaneous')],
    view: 'anterior',
    layer: 'both',
  },
  {
    id: 'femoral-obturator-l3-l4',
    title: 'Femoral vs obturator nerve vs L3 and L4',
    items: [nerve('femoral'), nerve('obturator'), root('L3'), root('L4')],
    view: 'anterior',
    layer: 'both',
  },
  {
    id: 's2-posterior-femoral-cutaneous',
    title: 'S2 vs posterior femoral cutaneous nerve',
    items: [root('S2'), nerve('posterior-femoral-cutaneous')],
    view: 'posterior',
    layer: 'both',
  },
  {
    id: 'l1-ilioinguinal-genitofemoral',
    title: 'L1 vs ilioinguinal vs genitofemoral nerve',
    items: [root('L1'), nerve('ilioinguinal'), nerve('genitofemoral')],
    view: 'anterior',
    layer: 'both',
  },
];

/** The ready-made pair with exactly these items (in any order), if there is one. */
export function findComparePair(items: readonly AtlasItem[]): ComparePair | null {
  return (
    COMPARE_PAIRS.find(
      (pair) => pair.items.length === items.length && pair.items.every((a) => items.some((b) => sameAtlasItem(a, b))),
    ) ?? null
  );
}
