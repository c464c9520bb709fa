/**
 * The drawing side of the figure, light enough for the browser: renderMapSvg works on these path
 * strings (generated from the geometry, see drawing-derive.ts), never on the flattened polygons
 * that zoneAt / nerveAt / gradeAnswer use, and not on the nerve facts.
 */
import { VIEW_IDS, type NerveId, type SideId, type ViewId } from '../types.js';
import { DRAWING } from './drawing.generated.js';
import type { DrawnView } from './drawing-types.js';
import type { LabelSpot } from './types.js';

const labelSpot = ([x = 0, y = 0, lx, ly]: number[]): LabelSpot =>
  lx === undefined || ly === undefined ? { x, y } : { x, y, leader: { x: lx, y: ly } };

/** Each view as renderMapSvg draws it (the same zone and territory order as mapViews). */
export const drawViews: Record<ViewId, DrawnView> = Object.fromEntries(
  VIEW_IDS.map((id) => {
    const v = DRAWING.views[id];
    return [
      id,
      {
        ...v,
        zones: v.zones.map((z) => ({ ...z, labels: z.labels.map(labelSpot) })),
        nerves: v.nerves.map((t) => ({ ...t, labels: t.labels.map(labelSpot) })),
      },
    ];
  }),
) as Record<ViewId, DrawnView>;

/** Every nerve id, in the facts' order. */
export const DRAWN_NERVE_IDS: readonly NerveId[] = DRAWING.nerves.map((n) => n.id);

const names = new Map<NerveId, string>(DRAWING.nerves.map((n) => [n.id, n.name]));
/** A nerve's name as the facts give it (for legends), without loading the facts. */
export const drawnNerveName = (nerve: NerveId): string => names.get(nerve) ?? nerve;

const parentOf = new Map<NerveId, NerveId | null>(DRAWING.nerves.map((n) => [n.id, n.parent]));
const leaves = [...new Set(VIEW_IDS.flatMap((view) => DRAWING.views[view].nerves.map((t) => t.nerve)))];

function isBranch(nerve: NerveId, ancestor: NerveId): boolean {
  const seen = new Set<NerveId>();
  let current: NerveId | null | undefined = nerve;
  while (current && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** The drawn leaf territories of a nerve (itself when it is a leaf); the same as territoryNerves. */
export const drawnTerritoryNerves = (nerve: NerveId): NerveId[] => leaves.filter((leaf) => isBranch(leaf, nerve));

/** The key points drawn on a view, optionally on one side. */
export const drawnKeyPoints = (view: ViewId, side?: SideId) =>
  DRAWING.views[view].keyPoints.filter((kp) => !side || kp.side === side);
