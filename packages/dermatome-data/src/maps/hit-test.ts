import { VIEW_IDS, type RootId, type ViewId, type ZoneHit } from '../types.js';
import { GENERATED_VIEWS } from './geometry.generated.js';
import type { FlatPolygon, FlatRing, Point } from './types.js';

type Box = [minX: number, minY: number, maxX: number, maxY: number];

interface IndexedPolygon {
  box: Box;
  polygon: FlatPolygon;
}

interface ViewIndex {
  outline: IndexedPolygon;
  zones: { root: RootId; parts: IndexedPolygon[] }[];
  bands: { roots: [RootId, RootId]; parts: IndexedPolygon[] }[];
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

const indexPolygon = (polygon: FlatPolygon): IndexedPolygon => ({ box: ringBox(polygon[0] ?? []), polygon });

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

function inIndexed(x: number, y: number, p: IndexedPolygon): boolean {
  const [x0, y0, x1, y1] = p.box;
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && pointInPolygon(x, y, p.polygon);
}

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
  const data = GENERATED_VIEWS[view];
  return {
    outline: indexPolygon([data.outline]),
    zones: data.zones.map((z) => ({ root: z.root, parts: z.polygons.map(indexPolygon) })),
    bands: data.bands.map((b) => ({
      roots: [b.roots[0]!, b.roots[1]!] as [RootId, RootId],
      parts: b.polygons.map(indexPolygon),
    })),
  };
}

const INDEX: Record<ViewId, ViewIndex> = Object.fromEntries(VIEW_IDS.map((view) => [view, buildIndex(view)])) as Record<
  ViewId,
  ViewIndex
>;

/** True when the point lies on the drawn skin of the view. */
export function isInsideLimb(view: ViewId, x: number, y: number): boolean {
  const index = INDEX[view];
  return Boolean(index) && Number.isFinite(x) && Number.isFinite(y) && inIndexed(x, y, index.outline);
}

function zoneRootAt(index: ViewIndex, x: number, y: number): RootId {
  for (const zone of index.zones) {
    if (zone.parts.some((p) => inIndexed(x, y, p))) return zone.root;
  }
  // A point exactly on a border between two zones (the rounded coordinates of two neighbours
  // can leave a hair-thin crack): it belongs to the nearest zone.
  let nearest: RootId = index.zones[0]!.root;
  let best = Infinity;
  for (const zone of index.zones) {
    for (const part of zone.parts) {
      const d = distanceToBoundary(x, y, part.polygon);
      if (d < best) {
        best = d;
        nearest = zone.root;
      }
    }
  }
  return nearest;
}

/**
 * Which root's skin is at (x, y) of a view, in that view's SVG coordinates. null outside the limb.
 * In a transition band, `transition` names the neighbouring root.
 */
export function zoneAt(view: ViewId, x: number, y: number): ZoneHit | null {
  if (!isInsideLimb(view, x, y)) return null;
  const index = INDEX[view];
  const root = zoneRootAt(index, x, y);
  for (const band of index.bands) {
    if (!band.roots.includes(root)) continue;
    if (band.parts.some((p) => inIndexed(x, y, p))) {
      return { root, transition: band.roots[0] === root ? band.roots[1] : band.roots[0] };
    }
  }
  return { root, transition: null };
}

/** Straight-line distance between two points, in view units. */
export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
