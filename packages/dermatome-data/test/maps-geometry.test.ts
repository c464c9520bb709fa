import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { MASTERY_ROOTS, ROOT_IDS, SIDE_IDS, VIEW_IDS, ZONE_ROOT_IDS, type SideId, type ViewId } from '../src/types.js';
import {
  distanceToBoundary,
  isInsideLimb,
  keyPoints,
  mapViews,
  nerveAt,
  pointInPolygon,
  sideAt,
  zoneAt,
  type FlatPolygon,
  type FlatRing,
  type MapTerritory,
  type MapZone,
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

/** Every view mirrors the patient's right and left sides about the vertical line x = width / 2. */
const mirrorX = (view: ViewId, x: number): number => mapViews[view].width - x;

const EXPECTED_ROOTS: Record<ViewId, string[]> = {
  anterior: ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'],
  posterior: ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'],
  plantar: ['L4', 'L5', 'S1'],
};

const EXPECTED_NERVES: Record<ViewId, string[]> = {
  anterior: [
    'ilioinguinal',
    'genitofemoral',
    'lateral-femoral-cutaneous',
    'femoral',
    'obturator',
    'saphenous',
    'common-fibular',
    'superficial-fibular',
    'deep-fibular',
    'sural',
  ],
  posterior: [
    'pudendal',
    'posterior-femoral-cutaneous',
    'lateral-femoral-cutaneous',
    'obturator',
    'saphenous',
    'common-fibular',
    'sural',
    'medial-calcaneal',
    'medial-plantar',
    'lateral-plantar',
  ],
  plantar: ['sural', 'saphenous', 'medial-calcaneal', 'medial-plantar', 'lateral-plantar'],
};

const closedPaths = (path: string, rings: number): void => {
  expect(path.match(/M/g)?.length).toBe(rings);
  expect(path.match(/Z/g)?.length).toBe(rings);
};

describe.each(VIEW_IDS.flatMap((view) => SIDE_IDS.map((side) => [view, side] as const)))('%s view, %s side', (view, side) => {
  const map = mapViews[view];
  const sidePolygons = map.sides.find((s) => s.side === side)!.polygons;
  const sideOutline = toMulti(sidePolygons);
  const zones = map.zones.filter((z) => z.side === side);
  const territories = map.nerves.filter((t) => t.side === side);
  const nearSideOutline = (x: number, y: number): boolean =>
    sidePolygons.some((p) => pointInPolygon(x, y, p) || distanceToBoundary(x, y, p) < 0.3);

  it('has one zone per expected root, each a closed path', () => {
    expect(zones.map((z) => z.root).sort()).toEqual([...EXPECTED_ROOTS[view]].sort());
    for (const zone of zones) {
      const rings = zone.polygons.flat();
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) expect(ring.length).toBeGreaterThanOrEqual(6);
      closedPaths(zone.path, rings.length);
    }
  });

  it('has a territory for every nerve the reference draws on this view, each a closed path', () => {
    expect(territories.map((t) => t.nerve).sort()).toEqual([...EXPECTED_NERVES[view]].sort());
    for (const t of territories) {
      closedPaths(t.path, t.polygons.flat().length);
      if (t.edge.length) closedPaths(t.edgePath, t.edge.flat().length);
    }
  });

  it('keeps every zone and territory vertex inside the outline of its own side', () => {
    const areas: (MapZone | MapTerritory)[] = [...zones, ...territories];
    for (const area of areas) {
      for (const ring of area.polygons.flat()) {
        for (const [x, y] of toRing(ring)) {
          const name = 'root' in area ? area.root : area.nerve;
          if (!nearSideOutline(x, y)) throw new Error(`${name}: vertex (${x}, ${y}) lies outside the ${side} outline`);
        }
      }
    }
  });

  it('tiles its side with zones: no overlap, no gap', () => {
    for (let i = 0; i < zones.length; i++) {
      for (let j = i + 1; j < zones.length; j++) {
        const overlap = multiArea(polygonClipping.intersection(toMulti(zones[i]!.polygons), toMulti(zones[j]!.polygons)));
        if (overlap > 1) throw new Error(`${zones[i]!.root} and ${zones[j]!.root} overlap by ${overlap.toFixed(1)}`);
      }
    }
    const [first, ...rest] = zones.map((z) => toMulti(z.polygons));
    const union = polygonClipping.union(first!, ...rest);
    const area = multiArea(sideOutline);
    expect(Math.abs(multiArea(union) - area)).toBeLessThan(area * 0.001);
  });

  it('has nerve territories that do not overlap one another', () => {
    for (let i = 0; i < territories.length; i++) {
      for (let j = i + 1; j < territories.length; j++) {
        const a = territories[i]!;
        const b = territories[j]!;
        const overlap = multiArea(polygonClipping.intersection(toMulti(a.polygons), toMulti(b.polygons)));
        if (overlap > 1) throw new Error(`${a.nerve} and ${b.nerve} overlap by ${overlap.toFixed(1)}`);
      }
    }
  });

  it('has bands between two distinct neighbouring roots, straddling their shared border', () => {
    const bands = map.bands.filter((b) => b.side === side);
    expect(bands.length).toBeGreaterThanOrEqual(EXPECTED_ROOTS[view].length - 1);
    for (const band of bands) {
      const [a, b] = band.roots;
      expect(a).not.toBe(b);
      const zoneA = zones.find((z) => z.root === a)!;
      const zoneB = zones.find((z) => z.root === b)!;
      const bandArea = multiArea(toMulti(band.polygons));
      expect(bandArea).toBeGreaterThan(20);
      const union = polygonClipping.union(toMulti(zoneA.polygons), toMulti(zoneB.polygons));
      expect(multiArea(polygonClipping.difference(toMulti(band.polygons), union))).toBeLessThan(1);
      expect(multiArea(polygonClipping.intersection(toMulti(band.polygons), toMulti(zoneA.polygons)))).toBeGreaterThan(
        bandArea * 0.15,
      );
      expect(multiArea(polygonClipping.intersection(toMulti(band.polygons), toMulti(zoneB.polygons)))).toBeGreaterThan(
        bandArea * 0.15,
      );
    }
  });

  it('places a label spot inside every zone and territory (or a leader into it)', () => {
    for (const area of [...zones, ...territories]) {
      expect(area.labels.length).toBeGreaterThan(0);
      for (const label of area.labels) {
        const anchor = label.leader ?? label;
        expect(area.polygons.some((p) => pointInPolygon(anchor.x, anchor.y, p))).toBe(true);
      }
    }
  });
});

describe.each(VIEW_IDS)('%s view', (view) => {
  const map = mapViews[view];

  it('puts every sampled point of the skin in exactly one dermatome, on the side it lies on', () => {
    let inside = 0;
    for (const [x, y] of grid(view, 4)) {
      if (!isInsideLimb(view, x, y)) continue;
      inside++;
      const hit = zoneAt(view, x, y);
      if (!hit) throw new Error(`(${x}, ${y}) is on the skin but in no dermatome`);
      expect(hit.side).toBe(sideAt(view, x, y));
    }
    expect(inside).toBeGreaterThan(3000);
  });

  it('mirrors the left side onto the right: the same root and nerve at mirrored points, the other side', () => {
    let compared = 0;
    let mismatched = 0;
    for (const [x, y] of grid(view, 5)) {
      const a = zoneAt(view, x, y);
      if (!a || a.transition) continue;
      const b = zoneAt(view, mirrorX(view, x), y);
      compared++;
      if (!b || b.root !== a.root || b.side === a.side) mismatched++;
      const na = nerveAt(view, x, y);
      const nb = nerveAt(view, mirrorX(view, x), y);
      if (na && !na.edge && (nb?.nerve !== na.nerve || nb.side === na.side)) mismatched++;
    }
    expect(compared).toBeGreaterThan(2000);
    // points exactly on a (rounded) border may fall either way
    expect(mismatched / compared).toBeLessThan(0.003);
    const areas = (side: SideId) =>
      map.zones.filter((z) => z.side === side).map((z) => `${z.root}:${Math.round(multiArea(toMulti(z.polygons)) / 20)}`);
    expect(areas('left')).toEqual(areas('right'));
  });

  it('draws its contested areas on both sides with a caption that says why', () => {
    for (const area of map.contested) {
      expect(area.roots).toHaveLength(2);
      expect(area.caption.length).toBeGreaterThan(40);
      expect(map.contested.some((c) => c.id === area.id && c.side !== area.side)).toBe(true);
      closedPaths(area.path, area.polygons.flat().length);
    }
  });

  it('draws the skin as cubic Bézier curves', () => {
    expect(map.skinPath).toMatch(/^M[\d.-]+ [\d.-]+C/);
    expect((map.skinPath.match(/C/g) ?? []).length).toBeGreaterThan(100);
    expect(map.skinPath).not.toMatch(/L/);
    for (const d of map.details) expect(d.path).toMatch(/^M[\d.-]+ [\d.-]+C/);
  });
});

describe('the figure', () => {
  it('shows every root from T10 to S4-5 somewhere, and the saddle rings round the anus', () => {
    const all = new Set(VIEW_IDS.flatMap((v) => mapViews[v].zones.map((z) => z.root)));
    expect([...all].sort()).toEqual([...ZONE_ROOT_IDS].sort());
    expect(ROOT_IDS.every((r) => all.has(r))).toBe(true);
    // S4-5 is the inner disc round the anus, S3 the ring round it
    const anus = keyPoints.find((k) => k.root === 'S4-5' && k.side === 'right')!;
    const centre = mapViews.posterior.width / 2;
    expect(zoneAt('posterior', centre + 1, anus.y)?.root).toBe('S4-5');
    expect(zoneAt('posterior', centre + 50, anus.y)?.root).toBe('S3');
  });

  it('draws the landmarks a reader needs to recognise a lower body', () => {
    const kinds = (view: ViewId) => [...new Set(mapViews[view].details.map((d) => d.kind))];
    for (const kind of [
      'umbilicus',
      'asis',
      'inguinal-ligament',
      'patella',
      'fibular-head',
      'medial-malleolus',
      'lateral-malleolus',
      'toenail',
    ]) {
      expect(kinds('anterior')).toContain(kind);
    }
    for (const kind of [
      'sacrum',
      'gluteal-fold',
      'ischial-tuberosity',
      'anus',
      'popliteal-crease',
      'medial-malleolus',
      'lateral-malleolus',
      'heel-pad',
    ]) {
      expect(kinds('posterior')).toContain(kind);
    }
    for (const kind of ['heel-pad', 'ball-crease', 'toe-crease']) expect(kinds('plantar')).toContain(kind);
    expect(mapViews.anterior.details.filter((d) => d.kind === 'toenail')).toHaveLength(10);
  });

  it('keeps natural proportions: the thigh longer than the leg, both legs inside the view', () => {
    const kp = (root: string) => keyPoints.find((k) => k.root === root && k.side === 'right' && k.view === 'anterior')!;
    const groin = kp('T12').y;
    const knee = kp('L3').y;
    const ankle = kp('L4').y;
    expect(knee - groin).toBeGreaterThan(ankle - knee);
    for (const view of VIEW_IDS) {
      const [x0, y0, w, h] = viewBox(view);
      for (const polygon of mapViews[view].outline.polygons) {
        for (const [x, y] of toRing(polygon[0]!)) {
          expect(x).toBeGreaterThanOrEqual(x0);
          expect(x).toBeLessThanOrEqual(x0 + w);
          expect(y).toBeGreaterThanOrEqual(y0);
          expect(y).toBeLessThanOrEqual(y0 + h);
        }
      }
    }
  });

  it('draws the patient’s right on the viewer’s left from the front, on the viewer’s right from behind and on the soles', () => {
    const labelX = (view: ViewId, side: SideId) => mapViews[view].sides.find((s) => s.side === side)!.label.x;
    expect(labelX('anterior', 'right')).toBeLessThan(labelX('anterior', 'left'));
    expect(labelX('posterior', 'right')).toBeGreaterThan(labelX('posterior', 'left'));
    expect(labelX('plantar', 'right')).toBeGreaterThan(labelX('plantar', 'left'));
    const l4 = keyPoints.find((k) => k.root === 'L4' && k.side === 'right')!;
    expect(l4.x).toBeLessThan(mapViews.anterior.width / 2);
    expect(zoneAt('anterior', l4.x, l4.y)?.side).toBe('right');
  });

  it('keeps the mastery roots unchanged (T10-T12 are drawn for context only)', () => {
    expect([...MASTERY_ROOTS]).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
  });
});
