import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { ROOT_IDS, VIEW_IDS, type RootId, type ViewId } from '../src/types.js';
import {
  distanceToBoundary,
  isInsideLimb,
  mapViews,
  pointInPolygon,
  type FlatPolygon,
  type FlatRing,
} from '../src/maps/index.js';

const toRing = (flat: FlatRing): [number, number][] => {
  const ring: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) ring.push([flat[i]!, flat[i + 1]!]);
  return ring;
};
const toPolygon = (polygon: FlatPolygon): Polygon => polygon.map(toRing);
const toMulti = (polygons: FlatPolygon[]): MultiPolygon => polygons.map(toPolygon);

function ringArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return Math.abs(a / 2);
}
const multiArea = (multi: MultiPolygon): number =>
  multi.reduce((s, p) => s + ringArea(p[0]!) - p.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);

const viewBox = (view: ViewId): [number, number, number, number] =>
  mapViews[view].viewBox.split(' ').map(Number) as [number, number, number, number];

/** Grid points over a view's box, offset so that they do not sit on round coordinates. */
function* grid(view: ViewId, step: number): Generator<[number, number]> {
  const [x0, y0, w, h] = viewBox(view);
  for (let y = y0 + 0.37; y < y0 + h; y += step) {
    for (let x = x0 + 0.29; x < x0 + w; x += step) yield [x, y];
  }
}

const EXPECTED_ROOTS: Record<ViewId, RootId[]> = {
  anterior: ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'],
  posterior: ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'],
};

describe.each(VIEW_IDS)('%s view geometry', (view) => {
  const map = mapViews[view];
  const outline = toPolygon(map.outline.polygon);

  it('has one zone per expected root, each a closed path', () => {
    expect(map.zones.map((z) => z.root).sort()).toEqual([...EXPECTED_ROOTS[view]].sort());
    for (const zone of map.zones) {
      const rings = zone.polygons.flat();
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) expect(ring.length).toBeGreaterThanOrEqual(6);
      // every subpath is closed: one Z per M
      expect(zone.path.match(/M/g)?.length).toBe(rings.length);
      expect(zone.path.match(/Z/g)?.length).toBe(rings.length);
    }
  });

  it('keeps every zone vertex inside the outline', () => {
    for (const zone of map.zones) {
      for (const ring of zone.polygons.flat()) {
        for (const [x, y] of toRing(ring)) {
          const inside = isInsideLimb(view, x, y) || distanceToBoundary(x, y, map.outline.polygon) < 0.2;
          if (!inside) throw new Error(`${zone.root} vertex (${x}, ${y}) lies outside the outline`);
        }
      }
    }
  });

  it('has zones that do not overlap one another', () => {
    for (let i = 0; i < map.zones.length; i++) {
      for (let j = i + 1; j < map.zones.length; j++) {
        const a = map.zones[i]!;
        const b = map.zones[j]!;
        const overlap = multiArea(polygonClipping.intersection(toMulti(a.polygons), toMulti(b.polygons)));
        if (overlap > 1) throw new Error(`${a.root} and ${b.root} overlap by ${overlap.toFixed(1)} square units`);
      }
    }
  });

  it('has zones whose union is the whole outline (no gaps)', () => {
    const [first, ...rest] = map.zones.map((z) => toMulti(z.polygons));
    const union = polygonClipping.union(first!, ...rest);
    const outlineArea = multiArea([outline]);
    expect(Math.abs(multiArea(union) - outlineArea)).toBeLessThan(outlineArea * 0.0005);
    expect(multiArea(polygonClipping.difference([outline], union))).toBeLessThan(2);
  });

  it('puts every grid point of the limb in exactly one zone', () => {
    let inside = 0;
    for (const [x, y] of grid(view, 3)) {
      if (!isInsideLimb(view, x, y)) continue;
      inside++;
      const hits = map.zones.filter((z) => z.polygons.some((p) => pointInPolygon(x, y, p)));
      if (hits.length !== 1) {
        throw new Error(`(${x.toFixed(2)}, ${y.toFixed(2)}) lies in ${hits.length} zones: ${hits.map((h) => h.root)}`);
      }
    }
    expect(inside).toBeGreaterThan(10000);
  });

  it('has bands between two distinct neighbouring roots, each along their shared border', () => {
    expect(map.bands.length).toBeGreaterThanOrEqual(EXPECTED_ROOTS[view].length - 1);
    const seen = new Set<string>();
    for (const band of map.bands) {
      const [a, b] = band.roots;
      expect(a).not.toBe(b);
      const key = [a, b].sort().join('|');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const zoneA = map.zones.find((z) => z.root === a)!;
      const zoneB = map.zones.find((z) => z.root === b)!;
      const union = polygonClipping.union(toMulti(zoneA.polygons), toMulti(zoneB.polygons));
      const bandArea = multiArea(toMulti(band.polygons));
      expect(bandArea).toBeGreaterThan(20);
      // the band lies within its two zones
      expect(multiArea(polygonClipping.difference(toMulti(band.polygons), union))).toBeLessThan(1);
      // and it straddles the border: part of it on each side
      expect(multiArea(polygonClipping.intersection(toMulti(band.polygons), toMulti(zoneA.polygons)))).toBeGreaterThan(
        bandArea * 0.2,
      );
      expect(multiArea(polygonClipping.intersection(toMulti(band.polygons), toMulti(zoneB.polygons)))).toBeGreaterThan(
        bandArea * 0.2,
      );
    }
  });

  it('keeps bands narrow: every band point is within a few units of the border of its zone', () => {
    let checked = 0;
    for (const band of map.bands) {
      const xs = band.polygons.flatMap((p) => toRing(p[0]!).map(([x]) => x));
      const ys = band.polygons.flatMap((p) => toRing(p[0]!).map(([, y]) => y));
      for (let y = Math.min(...ys) + 0.31; y < Math.max(...ys); y += 2) {
        for (let x = Math.min(...xs) + 0.23; x < Math.max(...xs); x += 2) {
          // (rounding can leave a band a hair outside the skin, where zoneAt ignores it)
          if (!band.polygons.some((p) => pointInPolygon(x, y, p)) || !isInsideLimb(view, x, y)) continue;
          checked++;
          const zone = map.zones.find((z) => z.polygons.some((p) => pointInPolygon(x, y, p)))!;
          const d = Math.min(...zone.polygons.map((p) => distanceToBoundary(x, y, p)));
          // half-width 6, a little more at the mitred corners of a border
          if (d > 7.2) throw new Error(`${band.roots.join('|')} band point (${x}, ${y}) is ${d.toFixed(1)} from a border`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('places a label spot inside every zone (or a leader into it)', () => {
    for (const zone of map.zones) {
      expect(zone.labels.length).toBeGreaterThan(0);
      for (const label of zone.labels) {
        const anchor = label.leader ?? label;
        expect(zone.polygons.some((p) => pointInPolygon(anchor.x, anchor.y, p))).toBe(true);
      }
    }
  });
});

describe('map views', () => {
  it('show L1, S3 and S4-5 (groin, buttock and perineum are on the maps)', () => {
    const all = new Set(VIEW_IDS.flatMap((v) => mapViews[v].zones.map((z) => z.root)));
    expect([...all].sort()).toEqual([...ROOT_IDS].sort());
  });

  it('draw the anatomy landmarks a reader needs to recognise the leg', () => {
    const kinds = (view: ViewId) => new Set(mapViews[view].details.map((d) => d.kind));
    for (const kind of ['patella', 'medial-malleolus', 'lateral-malleolus', 'toenail', 'inguinal-crease']) {
      expect(kinds('anterior').has(kind)).toBe(true);
    }
    for (const kind of ['gluteal-fold', 'popliteal-crease', 'medial-malleolus', 'lateral-malleolus', 'heel-pad']) {
      expect(kinds('posterior').has(kind)).toBe(true);
    }
    expect(mapViews.anterior.details.filter((d) => d.kind === 'toenail')).toHaveLength(5);
  });

  it('keep natural proportions: the thigh longer than the leg, the whole limb inside the view', () => {
    const map = mapViews.anterior;
    const ys = (kind: string) => toRing(map.details.find((d) => d.kind === kind)!.points).map(([, y]) => y);
    const outlinePoints = toRing(map.outline.polygon[0]!);
    const kneeJoint = Math.max(...ys('patella'));
    // the widest point of the hip (greater trochanter) is the leftmost point of the right leg
    const hip = outlinePoints.reduce((best, p) => (p[0] < best[0] ? p : best));
    const malleolus = ys('medial-malleolus');
    const ankle = (Math.min(...malleolus) + Math.max(...malleolus)) / 2;
    expect(kneeJoint - hip[1]).toBeGreaterThan(ankle - kneeJoint);
    const [, top, , height] = viewBox('anterior');
    expect(Math.max(...outlinePoints.map(([, y]) => y))).toBeLessThanOrEqual(top + height);
    expect(Math.min(...outlinePoints.map(([, y]) => y))).toBeGreaterThanOrEqual(top);
  });
});
