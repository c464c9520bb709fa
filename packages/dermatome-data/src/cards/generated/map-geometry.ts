import type { FlatPolygon, Point } from '../../maps/index.js';
import { keyPoints, mapViews, nerveContact, territoryNerves, zoneAt } from '../../maps/index.js';
import type { KeyPoint, NerveId, RootId, SideId, ViewId, ZoneRootId } from '../../types.js';
import { VIEW_IDS } from '../../types.js';

/**
 * A zone smaller than this share of a side's skin on a view is a sliver seen edge-on (e.g. the
 * lateral border of the foot on the anterior view): not worth a card of its own on that view.
 */
const MIN_ZONE_SHARE = 0.03;

function ringArea(ring: number[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const j = (i + 2) % ring.length;
    twice += (ring[i] ?? 0) * (ring[j + 1] ?? 0) - (ring[j] ?? 0) * (ring[i + 1] ?? 0);
  }
  return Math.abs(twice) / 2;
}

function polygonArea(polygon: FlatPolygon): number {
  const [outer, ...holes] = polygon;
  return (outer ? ringArea(outer) : 0) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
}

const areaOf = (polygons: FlatPolygon[]): number => polygons.reduce((sum, p) => sum + polygonArea(p), 0);

function zoneArea(view: ViewId, root: ZoneRootId, side: SideId = 'right'): number {
  const zone = mapViews[view].zones.find((z) => z.root === root && z.side === side);
  return zone ? areaOf(zone.polygons) : 0;
}

function skinArea(view: ViewId, side: SideId = 'right'): number {
  return areaOf(mapViews[view].sides.find((s) => s.side === side)?.polygons ?? []);
}

/** Views on which a root's zone is drawn at all. */
export function viewsShowing(root: ZoneRootId): ViewId[] {
  return VIEW_IDS.filter((view) => zoneArea(view, root) > 0);
}

/** Views on which a root's zone is big enough to shade or click: every view showing a real part of it. */
export function teachingViews(root: ZoneRootId): ViewId[] {
  const views = viewsShowing(root);
  const sizeable = views.filter((view) => zoneArea(view, root) >= MIN_ZONE_SHARE * skinArea(view));
  return sizeable.length > 0 ? sizeable : views;
}

/** Share of a side's skin on a view that a nerve's territory covers (0 when it is not drawn there). */
export function nerveShare(view: ViewId, nerve: NerveId, side: SideId = 'right'): number {
  const leaves = territoryNerves(nerve);
  const area = mapViews[view].nerves
    .filter((t) => t.side === side && leaves.includes(t.nerve))
    .reduce((s, t) => s + areaOf(t.polygons), 0);
  return area / skinArea(view, side);
}

/** The view that shows a nerve's skin best (the largest share of the figure). null if it is not drawn. */
export function bestNerveView(nerve: NerveId): ViewId | null {
  // Every answer side showing a nerve asks this: the areas are measured once per nerve.
  if (!bestNerveViews.has(nerve)) {
    const ranked = VIEW_IDS.map((view) => [view, nerveShare(view, nerve)] as const).filter(([, share]) => share > 0);
    bestNerveViews.set(
      nerve,
      ranked.length === 0 ? null : ranked.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
    );
  }
  return bestNerveViews.get(nerve) ?? null;
}
const bestNerveViews = new Map<NerveId, ViewId | null>();

/** The right-side key point of a root. */
export function keyPointOf(root: RootId): KeyPoint {
  const point = keyPoints.find((k) => k.root === root && k.side === 'right');
  if (!point) throw new Error(`no key point for ${root}`);
  return point;
}

function solidlyIn(view: ViewId, root: ZoneRootId, side: SideId, point: Point): boolean {
  const hit = zoneAt(view, point.x, point.y);
  return hit !== null && hit.root === root && hit.side === side && hit.transition === null;
}

/** Inner grid points of some polygons that pass a test; the one nearest their centroid. */
function centralPoint(polygons: FlatPolygon[], accept: (p: Point) => boolean): Point | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    for (let i = 0; i + 1 < outer.length; i += 2) {
      xs.push(outer[i] ?? 0);
      ys.push(outer[i + 1] ?? 0);
    }
  }
  if (xs.length === 0) return null;
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 28;
  const inside: Point[] = [];
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point = { x: minX + ((maxX - minX) * i) / steps, y: minY + ((maxY - minY) * j) / steps };
      if (accept(point)) inside.push(point);
    }
  }
  if (inside.length === 0) return null;
  const cx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
  const cy = inside.reduce((s, p) => s + p.y, 0) / inside.length;
  return inside.reduce((best, p) => (Math.hypot(p.x - cx, p.y - cy) < Math.hypot(best.x - cx, best.y - cy) ? p : best));
}

const cache = new Map<string, Point | null>();

function cached(key: string, compute: () => Point | null): Point | null {
  if (!cache.has(key)) {
    const point = compute();
    cache.set(key, point ? { x: point.x, y: point.y } : null);
  }
  const hit = cache.get(key);
  return hit ? { ...hit } : null;
}

/**
 * A point well inside the root's zone on a view and side, for showing "the right spot": the root's
 * key point if it lies there outside any band, else a label anchor, else an inner grid point. null
 * if not drawn.
 */
export function representativePoint(view: ViewId, root: ZoneRootId, side: SideId = 'right'): Point | null {
  return cached(`zone:${view}:${root}:${side}`, () => {
    const keyPoint = keyPoints.find((k) => k.root === root && k.view === view && k.side === side);
    const zone = mapViews[view].zones.find((z) => z.root === root && z.side === side);
    const candidates: Point[] = [...(keyPoint ? [{ x: keyPoint.x, y: keyPoint.y }] : []), ...(zone?.labels ?? [])];
    return (
      candidates.find((p) => solidlyIn(view, root, side, p)) ??
      (zone ? centralPoint(zone.polygons, (p) => solidlyIn(view, root, side, p)) : null)
    );
  });
}

/** A point in the core of a nerve's territory (its largest branch) on a view and side. null if not drawn. */
export function representativeNervePoint(view: ViewId, nerve: NerveId, side: SideId = 'right'): Point | null {
  return cached(`nerve:${view}:${nerve}:${side}`, () => {
    const leaves = territoryNerves(nerve);
    const parts = mapViews[view].nerves.filter((t) => t.side === side && leaves.includes(t.nerve));
    if (parts.length === 0) return null;
    const largest = parts.reduce((a, b) => (areaOf(a.polygons) >= areaOf(b.polygons) ? a : b));
    const inCore = (p: Point): boolean => nerveContact(view, p.x, p.y, leaves, side) === 'core';
    return largest.labels.find(inCore) ?? centralPoint(largest.polygons, inCore);
  });
}
