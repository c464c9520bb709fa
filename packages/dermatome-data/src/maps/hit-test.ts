import type { ContestedId, NerveHit, NerveId, RootId, SideId, ViewId, ZoneHit, ZoneRootId } from '../types.js';
import { VIEW_IDS } from '../types.js';
import { VIEW_DATA } from './view-data.js';
import { nerveAncestors } from './nerves.js';
import type { FlatPolygon, FlatRing, Point } from './types.js';

type Box = [minX: number, minY: number, maxX: number, maxY: number];

interface Indexed {
  box: Box;
  polygon: FlatPolygon;
}

interface ViewIndex {
  outline: Indexed[];
  sides: { side: SideId; parts: Indexed[] }[];
  zones: { root: ZoneRootId; side: SideId; parts: Indexed[] }[];
  bands: { roots: [ZoneRootId, ZoneRootId]; side: SideId; parts: Indexed[] }[];
  contested: { id: ContestedId; roots: [RootId, RootId]; side: SideId; parts: Indexed[] }[];
  nerves: { nerve: NerveId; side: SideId; parts: Indexed[]; edge: Indexed[] }[];
}

function ringBox(ring: FlatRing): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = ring[i]!;
    const y = ring[i + 1]!;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

const index = (polygons: FlatPolygon[]): Indexed[] => polygons.map((polygon) => ({ box: ringBox(polygon[0] ?? []), polygon }));

/** Even-odd crossing test of one ring. */
export function pointInRing(x: number, y: number, ring: FlatRing): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i + 1 < n; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(x: number, y: number, polygon: FlatPolygon): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((hole) => pointInRing(x, y, hole));
}

const inAny = (x: number, y: number, parts: Indexed[]): boolean =>
  parts.some(({ box, polygon }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && pointInPolygon(x, y, polygon));

/** Distance from a point to the nearest edge of a polygon's rings. */
export function distanceToBoundary(x: number, y: number, polygon: FlatPolygon): number {
  let best = Infinity;
  for (const ring of polygon) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i + 1 < n; j = i, i += 2) {
      const ax = ring[j]!;
      const ay = ring[j + 1]!;
      const dx = ring[i]! - ax;
      const dy = ring[i + 1]! - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

function buildIndex(view: ViewId): ViewIndex {
  const data = VIEW_DATA[view];
  return {
    outline: index(data.outline),
    sides: data.sides.map((s) => ({ side: s.side, parts: index(s.outline) })),
    zones: data.zones.map((z) => ({ root: z.root, side: z.side, parts: index(z.polygons) })),
    bands: data.bands.map((b) => ({ roots: [b.roots[0]!, b.roots[1]!], side: b.side, parts: index(b.polygons) })),
    contested: data.contested.map((c) => ({
      id: c.id,
      roots: [c.roots[0]!, c.roots[1]!],
      side: c.side,
      parts: index(c.polygons),
    })),
    nerves: data.nerves.map((t) => ({ nerve: t.nerve, side: t.side, parts: index(t.polygons), edge: index(t.edge) })),
  };
}

const INDEX = new Map<ViewId, ViewIndex>(VIEW_IDS.map((view) => [view, buildIndex(view)]));

/** The index of a view, or null for anything that is not a known view or not a finite point. */
function lookup(view: unknown, x: unknown, y: unknown): ViewIndex | null {
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  return INDEX.get(view as ViewId) ?? null;
}

/** True when the point lies on the drawn skin of the view (either side). Never throws. */
export function isInsideLimb(view: ViewId, x: number, y: number): boolean {
  const idx = lookup(view, x, y);
  return idx !== null && inAny(x, y, idx.outline);
}

/** Which side of the patient the point lies on, or null off the figure. Never throws. */
export function sideAt(view: ViewId, x: number, y: number): SideId | null {
  const idx = lookup(view, x, y);
  if (!idx || !inAny(x, y, idx.outline)) return null;
  const exact = idx.sides.find((s) => inAny(x, y, s.parts));
  if (exact) return exact.side;
  // on the midline seam itself: the nearer half
  let best: SideId | null = null;
  let bestD = Infinity;
  for (const s of idx.sides) {
    for (const part of s.parts) {
      const d = distanceToBoundary(x, y, part.polygon);
      if (d < bestD) [best, bestD] = [s.side, d];
    }
  }
  return best;
}

function zoneRootAt(idx: ViewIndex, side: SideId, x: number, y: number): ZoneRootId | null {
  const zones = idx.zones.filter((z) => z.side === side);
  const hit = zones.find((z) => inAny(x, y, z.parts));
  if (hit) return hit.root;
  // A point exactly on a border between two zones (the rounded coordinates of two neighbours
  // can leave a hair-thin crack): it belongs to the nearest zone.
  let nearest: ZoneRootId | null = null;
  let best = Infinity;
  for (const zone of zones) {
    for (const part of zone.parts) {
      const d = distanceToBoundary(x, y, part.polygon);
      if (d < best) [nearest, best] = [zone.root, d];
    }
  }
  return nearest;
}

/**
 * Which root's skin is at (x, y) of a view, in that view's SVG coordinates, and on which side of
 * the patient. In a transition band or a contested area `transition` names the other root (either
 * is partly right there). null off the figure, for an unknown view and for NaN or infinite
 * coordinates; never throws.
 */
export function zoneAt(view: ViewId, x: number, y: number): ZoneHit | null {
  const side = sideAt(view, x, y);
  const idx = lookup(view, x, y);
  if (!side || !idx) return null;
  const root = zoneRootAt(idx, side, x, y);
  if (!root) return null;
  const area = idx.contested.find((c) => c.side === side && (c.roots as ZoneRootId[]).includes(root) && inAny(x, y, c.parts));
  if (area) {
    const other = area.roots[0] === root ? area.roots[1] : area.roots[0];
    return { root, side, transition: other, contested: area.id };
  }
  for (const band of idx.bands) {
    if (band.side !== side || !band.roots.includes(root)) continue;
    if (inAny(x, y, band.parts)) {
      return { root, side, transition: band.roots[0] === root ? band.roots[1] : band.roots[0], contested: null };
    }
  }
  return { root, side, transition: null, contested: null };
}

/**
 * The most specific (leaf) nerve territory at (x, y), with the side; `edge` is true in a
 * variable edge (near a border between territories, where people differ). null where no nerve of the figure has its territory (the upper buttock, the
 * trunk), off the figure, for an unknown view and for NaN or infinite coordinates; never throws.
 */
export function nerveAt(view: ViewId, x: number, y: number): NerveHit | null {
  const side = sideAt(view, x, y);
  const idx = lookup(view, x, y);
  if (!side || !idx) return null;
  const hit = idx.nerves.find((t) => t.side === side && inAny(x, y, t.parts));
  if (!hit) return null;
  // in the variable edge of this territory or of a neighbour's (the two meet there)
  const edge = idx.nerves.some((t) => t.side === side && inAny(x, y, t.edge));
  return { nerve: hit.nerve, side, edge };
}

/**
 * Every nerve whose skin covers (x, y): the leaf territory first, then each nerve it is a branch
 * of (e.g. superficial fibular, common fibular, sciatic). Empty where nerveAt is null.
 */
export function nervesAt(view: ViewId, x: number, y: number): NerveId[] {
  const hit = nerveAt(view, x, y);
  return hit ? nerveAncestors(hit.nerve) : [];
}

/**
 * How a point relates to a nerve's skin on one side (or either): 'core' inside its territory
 * away from the variable edge, 'edge' in the variable edge (inside or just outside the drawn
 * border), null elsewhere. A compound nerve counts all its leaf territories.
 */
export function nerveContact(
  view: ViewId,
  x: number,
  y: number,
  leaves: readonly NerveId[],
  side?: SideId,
): 'core' | 'edge' | null {
  const idx = lookup(view, x, y);
  if (!idx || !inAny(x, y, idx.outline)) return null;
  const onSide = idx.nerves.filter((t) => !side || t.side === side);
  const inside = onSide.some((t) => leaves.includes(t.nerve) && inAny(x, y, t.parts));
  const edges = onSide.filter((t) => inAny(x, y, t.edge));
  const ownEdges = edges.filter((t) => leaves.includes(t.nerve));
  if (inside) {
    if (edges.length === 0) return 'core';
    // the seam between two of the nerve's own branches is not an edge of the nerve
    const seam = ownEdges.length === edges.length && new Set(ownEdges.map((t) => t.nerve)).size > 1;
    return seam ? 'core' : 'edge';
  }
  return ownEdges.length > 0 ? 'edge' : null;
}

/** Straight-line distance between two points, in view units. */
export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
