import type { FlatPolygon, Point } from '../../maps/index.js';
import { keyPoints, mapViews, zoneAt } from '../../maps/index.js';
import type { KeyPoint, RootId, ViewId } from '../../types.js';

/**
 * A zone smaller than this share of a view's skin is a sliver seen edge-on (e.g. the lateral border of
 * the foot on the anterior view): not worth a card of its own on that view.
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

function zoneArea(view: ViewId, root: RootId): number {
  const zone = mapViews[view].zones.find((z) => z.root === root);
  return zone ? zone.polygons.reduce((sum, p) => sum + polygonArea(p), 0) : 0;
}

function skinArea(view: ViewId): number {
  return polygonArea(mapViews[view].outline.polygon);
}

/** Views on which a root's zone is drawn at all. */
export function viewsShowing(root: RootId): ViewId[] {
  return (Object.keys(mapViews) as ViewId[]).filter((view) => zoneArea(view, root) > 0);
}

/** Views on which a root's zone is big enough to shade or click: every view showing a real part of it. */
export function teachingViews(root: RootId): ViewId[] {
  const views = viewsShowing(root);
  const sizeable = views.filter((view) => zoneArea(view, root) >= MIN_ZONE_SHARE * skinArea(view));
  return sizeable.length > 0 ? sizeable : views;
}

export function keyPointOf(root: RootId): KeyPoint {
  const point = keyPoints.find((k) => k.root === root);
  if (!point) throw new Error(`no key point for ${root}`);
  return point;
}

function solidlyIn(view: ViewId, root: RootId, point: Point): boolean {
  const hit = zoneAt(view, point.x, point.y);
  return hit !== null && hit.root === root && hit.transition === null;
}

/** Scans the zone's bounding box for the inside point farthest from other zones' skin (coarse grid). */
function gridPointIn(view: ViewId, root: RootId): Point | null {
  const zone = mapViews[view].zones.find((z) => z.root === root);
  if (!zone) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const polygon of zone.polygons) {
    const outer = polygon[0] ?? [];
    for (let i = 0; i + 1 < outer.length; i += 2) {
      xs.push(outer[i] ?? 0);
      ys.push(outer[i + 1] ?? 0);
    }
  }
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 24;
  const inside: Point[] = [];
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point = { x: minX + ((maxX - minX) * i) / steps, y: minY + ((maxY - minY) * j) / steps };
      if (solidlyIn(view, root, point)) inside.push(point);
    }
  }
  if (inside.length === 0) return null;
  const cx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
  const cy = inside.reduce((s, p) => s + p.y, 0) / inside.length;
  return inside.reduce((best, p) => (Math.hypot(p.x - cx, p.y - cy) < Math.hypot(best.x - cx, best.y - cy) ? p : best));
}

const representativeCache = new Map<string, Point | null>();

/**
 * A point well inside the root's zone on a view, for showing "the right spot": the root's key point if it
 * lies on this view outside any band, else a label anchor, else an inner grid point. null if not drawn.
 */
export function representativePoint(view: ViewId, root: RootId): Point | null {
  const cacheKey = `${view}:${root}`;
  if (representativeCache.has(cacheKey)) return representativeCache.get(cacheKey) ?? null;
  const keyPoint = keyPoints.find((k) => k.root === root && k.view === view);
  const labels = mapViews[view].zones.find((z) => z.root === root)?.labels ?? [];
  const candidates: Point[] = [...(keyPoint ? [{ x: keyPoint.x, y: keyPoint.y }] : []), ...labels];
  const point = candidates.find((p) => solidlyIn(view, root, p)) ?? gridPointIn(view, root);
  const result = point ? { x: point.x, y: point.y } : null;
  representativeCache.set(cacheKey, result);
  return result;
}
