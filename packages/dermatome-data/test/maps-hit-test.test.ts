import { ROOT_IDS, SIDE_IDS, VIEW_IDS, type NerveId, type SideId, type ViewId } from '../src/types.js';
import {
  KEY_POINT_TOLERANCE,
  distance,
  isInsideLimb,
  isNearKeyPoint,
  keyPointFor,
  keyPoints,
  keyPointsOnView,
  mapViews,
  nerveAt,
  nervesAt,
  pointInPolygon,
  sideAt,
  territoryNerves,
  zoneAt,
  type FlatPolygon,
} from '../src/maps/index.js';

/** Grid points inside some polygons (step in view units). */
function pointsIn(polygons: FlatPolygon[], step = 3): { x: number; y: number }[] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const polygon of polygons) {
    const ring = polygon[0]!;
    for (let i = 0; i + 1 < ring.length; i += 2) {
      xs.push(ring[i]!);
      ys.push(ring[i + 1]!);
    }
  }
  const out: { x: number; y: number }[] = [];
  for (let y = Math.min(...ys) + 0.31; y < Math.max(...ys); y += step) {
    for (let x = Math.min(...xs) + 0.23; x < Math.max(...xs); x += step) {
      if (polygons.some((p) => pointInPolygon(x, y, p))) out.push({ x, y });
    }
  }
  return out;
}

const territory = (view: ViewId, nerve: NerveId, side: SideId) =>
  mapViews[view].nerves.filter((t) => t.nerve === nerve && t.side === side).flatMap((t) => t.polygons);

const share = <T>(items: T[], test: (item: T) => boolean): number => items.filter(test).length / items.length;

describe('key points', () => {
  it('has one ISNCSCI key point per root per side: T12..L5 in front, S1..S4-5 behind', () => {
    for (const side of SIDE_IDS) {
      const own = keyPoints.filter((k) => k.side === side);
      expect(own.map((k) => k.root).sort()).toEqual([...ROOT_IDS, 'T12'].sort());
      for (const kp of own) {
        expect(kp.view).toBe(kp.root.startsWith('S') ? 'posterior' : 'anterior');
        expect(kp.source).toBe('ISNCSCI');
        expect(kp.description.length).toBeGreaterThan(10);
        expect(keyPointFor(kp.root, side)).toBe(kp);
      }
    }
    expect(keyPointFor('L4')).toBe(keyPointFor('L4', 'right'));
  });

  it.each(SIDE_IDS)('puts every key point in its own zone, outside any band, on the %s side', (side) => {
    for (const kp of keyPoints.filter((k) => k.side === side)) {
      expect({ root: kp.root, hit: zoneAt(kp.view, kp.x, kp.y) }).toEqual({
        root: kp.root,
        hit: { root: kp.root, side, transition: null, contested: null },
      });
    }
  });

  it('places the right and left key points as mirror images', () => {
    for (const kp of keyPoints.filter((k) => k.side === 'right')) {
      const other = keyPointFor(kp.root, 'left');
      expect(other.y).toBe(kp.y);
      expect(other.x).toBeCloseTo(mapViews[kp.view].width - kp.x, 5);
    }
  });

  it('builds L1 from T12 and L2 as ISNCSCI does: L1 half-way between the T12 and L2 points', () => {
    for (const side of SIDE_IDS) {
      const [t12, l1, l2] = (['T12', 'L1', 'L2'] as const).map((r) => keyPointFor(r, side));
      // half-way in body millimetres; the drawing lengthens the thigh a little, so allow a few units
      expect(Math.abs(l1!.x - (t12!.x + l2!.x) / 2)).toBeLessThan(2);
      expect(Math.abs(l1!.y - (t12!.y + l2!.y) / 2)).toBeLessThan(10);
      expect(l1!.y).toBeGreaterThan(t12!.y);
      expect(l1!.y).toBeLessThan(l2!.y);
    }
  });

  it('counts a click as near a key point within the tolerance only, on its view and the side asked', () => {
    const kp = keyPointFor('L4', 'left');
    expect(isNearKeyPoint('L4', 'anterior', kp.x + KEY_POINT_TOLERANCE - 1, kp.y)).toBe(true);
    expect(isNearKeyPoint('L4', 'anterior', kp.x + KEY_POINT_TOLERANCE + 1, kp.y)).toBe(false);
    expect(isNearKeyPoint('L4', 'anterior', kp.x, kp.y, 'left')).toBe(true);
    expect(isNearKeyPoint('L4', 'anterior', kp.x, kp.y, 'right')).toBe(false);
    expect(isNearKeyPoint('L4', 'posterior', kp.x, kp.y)).toBe(false);
    expect(isNearKeyPoint('L4', 'anterior', Number.NaN, kp.y)).toBe(false);
    expect(keyPointsOnView('plantar')).toEqual([]);
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
  });
});

describe('zoneAt, nerveAt and nervesAt never throw on bad input', () => {
  const bad: [unknown, unknown, unknown][] = [
    ['anterior', Number.NaN, 500],
    ['anterior', 300, Number.POSITIVE_INFINITY],
    ['posterior', Number.NEGATIVE_INFINITY, 10],
    ['lateral', 300, 500],
    [undefined, 300, 500],
    [null, 300, 500],
    ['__proto__', 300, 500],
    ['anterior', '300', 500],
    ['anterior', -50, 500],
    ['anterior', 5000, 500],
    ['plantar', 300, 300],
  ];
  it.each(bad)('returns null for (%p, %p, %p)', (view, x, y) => {
    const call = <T>(fn: (v: ViewId, x: number, y: number) => T): T => fn(view as ViewId, x as number, y as number);
    expect(call(zoneAt)).toBeNull();
    expect(call(nerveAt)).toBeNull();
    expect(call(nervesAt)).toEqual([]);
    expect(call(sideAt)).toBeNull();
    expect(call(isInsideLimb)).toBe(false);
  });

  it.each(VIEW_IDS)('returns null just outside the skin of the %s view', (view) => {
    const [x0, y0, w, h] = mapViews[view].viewBox.split(' ').map(Number) as [number, number, number, number];
    for (const [x, y] of [
      [x0 + 1, y0 + h - 1],
      [x0 + w - 1, y0 + h - 1],
      [x0 + 2, y0 + 2],
    ] as const) {
      expect(zoneAt(view, x, y)).toBeNull();
      expect(nerveAt(view, x, y)).toBeNull();
    }
  });
});

describe('zoneAt on the dermatome layer', () => {
  it.each(SIDE_IDS)('finds the zone the base map teaches on the %s side', (side) => {
    const kp = (root: string) => keyPointFor(root as never, side);
    const w = mapViews.anterior.width;
    const lateral = (x: number, by: number) => (side === 'right' ? x - by : x + by);
    // mid-leg, halfway between the knee and the ankle: L5 laterally, L4 medially (the medial half of the leg)
    const y = (kp('L3').y + kp('L4').y) / 2;
    const xs: number[] = [];
    for (let x = 0; x < w; x += 0.5) if (sideAt('anterior', x, y) === side) xs.push(x);
    const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
    const [lateralX, medialX] = side === 'right' ? [minX + 10, maxX - 10] : [maxX - 10, minX + 10];
    expect(zoneAt('anterior', lateralX, y)?.root).toBe('L5');
    expect(zoneAt('anterior', medialX, y)?.root).toBe('L4');
    // the shin's medial third is L4 too (L4 takes the medial half, not a narrow strip)
    expect(zoneAt('anterior', medialX + (lateralX - medialX) / 3, y)?.root).toBe('L4');
    // the groin below T12 is L1, the lower abdomen T12, the umbilicus level T10
    expect(zoneAt('anterior', lateral(kp('T12').x, 0), kp('T12').y + 40)?.root).toBe('L1');
    expect(zoneAt('anterior', w / 2 + (side === 'right' ? -20 : 20), 30 + 60 * 1.4)?.root).toBe('T10');
    // behind: S2 down the middle of the thigh and the popliteal fossa, S1 the heel
    expect(zoneAt('posterior', kp('S2').x, kp('S2').y - 200)?.root).toBe('S2');
    expect(zoneAt('posterior', kp('S1').x, kp('S1').y + 40)?.root).toBe('S1');
    const anus = kp('S4-5');
    expect(zoneAt('posterior', anus.x, anus.y)?.root).toBe('S4-5');
    expect(zoneAt('posterior', kp('S3').x, kp('S3').y)?.root).toBe('S3');
  });

  it('reports the neighbouring root inside a transition band, with the side', () => {
    for (const view of VIEW_IDS) {
      for (const band of mapViews[view].bands) {
        const spots = pointsIn(band.polygons, 1.5).filter(
          (p) =>
            isInsideLimb(view, p.x, p.y) &&
            !mapViews[view].contested.some((c) => c.polygons.some((poly) => pointInPolygon(p.x, p.y, poly))),
        );
        expect(spots.length).toBeGreaterThan(0);
        for (const spot of spots.slice(0, 40)) {
          const hit = zoneAt(view, spot.x, spot.y)!;
          expect(hit.side).toBe(band.side);
          expect(hit.contested).toBeNull();
          // where two bands cross (a corner of three zones) either pair may answer
          const holders = mapViews[view].bands.filter(
            (b) =>
              b.side === band.side &&
              b.roots.includes(hit.root) &&
              b.polygons.some((poly) => pointInPolygon(spot.x, spot.y, poly)),
          );
          expect(holders.length).toBeGreaterThan(0);
          expect(holders.map((b) => b.roots.find((r) => r !== hit.root))).toContain(hit.transition);
        }
      }
    }
  });

  it('reports the contested areas (hallux, L4 on the dorsum, S1/S2 on the calf) with both roots', () => {
    for (const view of VIEW_IDS) {
      for (const area of mapViews[view].contested) {
        const inside = pointsIn(area.polygons, 2).filter((p) => isInsideLimb(view, p.x, p.y));
        expect(inside.length).toBeGreaterThan(3);
        for (const p of inside) {
          const hit = zoneAt(view, p.x, p.y)!;
          // the hallux and the medial dorsum (both L4 | L5) meet at the base of the great toe
          const holders = mapViews[view].contested.filter(
            (c) => c.side === hit.side && c.polygons.some((poly) => pointInPolygon(p.x, p.y, poly)),
          );
          expect(holders.map((c) => c.id)).toContain(hit.contested);
          expect([hit.root, hit.transition].sort()).toEqual([...area.roots].sort());
        }
      }
    }
    const ids = new Set(VIEW_IDS.flatMap((v) => mapViews[v].contested.map((c) => c.id)));
    expect([...ids].sort()).toEqual(['calf-s1-s2', 'hallux', 'l4-dorsum']);
  });

  it('reports no transition at the label spot of a zone', () => {
    for (const view of VIEW_IDS) {
      for (const zone of mapViews[view].zones) {
        const label = zone.labels[0]!;
        const spot = label.leader ?? label;
        expect(zoneAt(view, spot.x, spot.y)).toEqual({ root: zone.root, side: zone.side, transition: null, contested: null });
      }
    }
  });

  it('is fast enough to run on every click', () => {
    const start = Date.now();
    let hits = 0;
    for (let i = 0; i < 20000; i++) {
      const view = VIEW_IDS[i % 3]!;
      if (zoneAt(view, (i * 7) % 600, (i * 13) % 1800)) hits++;
      nerveAt(view, (i * 11) % 600, (i * 17) % 1800);
    }
    expect(hits).toBeGreaterThan(1000);
    expect(Date.now() - start).toBeLessThan(4000);
  });
});

describe('nerveAt and nervesAt on the nerve layer', () => {
  it('returns the leaf territory and the side at its label spot, and every nerve it is a branch of', () => {
    for (const view of VIEW_IDS) {
      for (const t of mapViews[view].nerves) {
        const spot = t.labels[0]!.leader ?? t.labels[0]!;
        expect(nerveAt(view, spot.x, spot.y)).toEqual(expect.objectContaining({ nerve: t.nerve, side: t.side }));
        expect(nervesAt(view, spot.x, spot.y)[0]).toBe(t.nerve);
      }
    }
    const dorsum = mapViews.anterior.nerves.find((t) => t.nerve === 'superficial-fibular' && t.side === 'left')!.labels[0]!;
    expect(nervesAt('anterior', dorsum.x, dorsum.y)).toEqual(['superficial-fibular', 'common-fibular', 'sciatic']);
    const sole = mapViews.plantar.nerves.find((t) => t.nerve === 'medial-plantar' && t.side === 'right')!.labels[0]!;
    expect(nervesAt('plantar', sole.x, sole.y)).toEqual(['medial-plantar', 'tibial-tarsal-tunnel', 'sciatic']);
    const knee = mapViews.anterior.nerves.find((t) => t.nerve === 'saphenous' && t.side === 'right')!.labels[0]!;
    expect(nervesAt('anterior', knee.x, knee.y)).toEqual(['saphenous', 'femoral']);
  });

  it('draws compound nerves as the union of their branches', () => {
    expect(territoryNerves('common-fibular').sort()).toEqual(['common-fibular', 'deep-fibular', 'superficial-fibular']);
    expect(territoryNerves('tibial-tarsal-tunnel').sort()).toEqual(['lateral-plantar', 'medial-calcaneal', 'medial-plantar']);
    expect(territoryNerves('femoral').sort()).toEqual(['femoral', 'saphenous']);
    expect(territoryNerves('sciatic').sort()).toEqual(
      [
        'common-fibular',
        'deep-fibular',
        'lateral-plantar',
        'medial-calcaneal',
        'medial-plantar',
        'superficial-fibular',
        'sural',
      ].sort(),
    );
    expect(territoryNerves('pudendal')).toEqual(['pudendal']);
  });

  it('marks the variable edge of a territory, and none at its core', () => {
    for (const view of VIEW_IDS) {
      for (const t of mapViews[view].nerves) {
        const points = pointsIn(t.polygons, 3).filter((p) => isInsideLimb(view, p.x, p.y));
        const hits = points.map((p) => nerveAt(view, p.x, p.y)).filter((h) => h?.nerve === t.nerve);
        expect(hits.length).toBeGreaterThan(0);
        if (t.edge.length) expect(hits.some((h) => h!.edge)).toBe(true);
        if (points.length > 40) expect(hits.some((h) => !h!.edge)).toBe(true);
      }
    }
  });
});

describe('each nerve lies where the reference puts it relative to the dermatomes', () => {
  it.each(SIDE_IDS)('deep fibular: inside the L5 dorsum of the foot (%s)', (side) => {
    const points = pointsIn(territory('anterior', 'deep-fibular', side), 2).filter(
      (p) => nerveAt('anterior', p.x, p.y)?.edge === false,
    );
    expect(points.length).toBeGreaterThan(10);
    for (const p of points) {
      const hit = zoneAt('anterior', p.x, p.y)!;
      expect([hit.root, hit.transition]).toContain('L5');
    }
  });

  it.each(SIDE_IDS)('saphenous: along the L4 medial leg, down to the medial malleolus (%s)', (side) => {
    const knee = keyPointFor('L3', side).y;
    const ankle = keyPointFor('L4', side).y;
    const leg = pointsIn(territory('anterior', 'saphenous', side)).filter((p) => p.y > knee + 150 && p.y < ankle);
    expect(leg.length).toBeGreaterThan(50);
    expect(share(leg, (p) => zoneAt('anterior', p.x, p.y)?.root === 'L4')).toBeGreaterThan(0.9);
    const malleolus = keyPointFor('L4', side);
    expect(nerveAt('anterior', malleolus.x, malleolus.y)?.nerve).toBe('saphenous');
  });

  it.each(SIDE_IDS)('sural: the lateral border of the foot, S1 skin (%s)', (side) => {
    const front = pointsIn(territory('anterior', 'sural', side), 2);
    expect(share(front, (p) => zoneAt('anterior', p.x, p.y)?.root === 'S1')).toBeGreaterThan(0.6);
    const heel = keyPointFor('S1', side);
    expect(nerveAt('posterior', heel.x, heel.y)?.nerve).not.toBe('saphenous');
    // on the sole it hugs the lateral border: further from the body's midline than the lateral plantar skin
    const mid = mapViews.plantar.width / 2;
    const away = (p: { x: number }) => Math.abs(p.x - mid);
    const mean = (ps: { x: number }[]) => ps.reduce((s, p) => s + away(p), 0) / ps.length;
    const sural = pointsIn(territory('plantar', 'sural', side));
    const lateralPlantar = pointsIn(territory('plantar', 'lateral-plantar', side));
    const medialPlantar = pointsIn(territory('plantar', 'medial-plantar', side));
    expect(mean(sural)).toBeGreaterThan(mean(lateralPlantar));
    expect(mean(lateralPlantar)).toBeGreaterThan(mean(medialPlantar));
  });

  it.each(SIDE_IDS)('lateral femoral cutaneous: the anterolateral thigh, between the groin and the knee (%s)', (side) => {
    const lfc = pointsIn(territory('anterior', 'lateral-femoral-cutaneous', side));
    const femoral = pointsIn(territory('anterior', 'femoral', side));
    const mid = mapViews.anterior.width / 2;
    const meanAway = (ps: { x: number }[]) => ps.reduce((s, p) => s + Math.abs(p.x - mid), 0) / ps.length;
    expect(meanAway(lfc)).toBeGreaterThan(meanAway(femoral) + 30);
    const groin = keyPointFor('T12', side).y;
    const knee = keyPointFor('L3', side).y;
    expect(lfc.every((p) => p.y > groin && p.y < knee)).toBe(true);
  });

  it('posterior femoral cutaneous: the back of the thigh, over S2; pudendal: the perianal S3-S5 skin', () => {
    const pfc = pointsIn(territory('posterior', 'posterior-femoral-cutaneous', 'right'), 4);
    expect(share(pfc, (p) => zoneAt('posterior', p.x, p.y)?.root === 'S2')).toBeGreaterThan(0.7);
    const pudendal = pointsIn(territory('posterior', 'pudendal', 'left'), 2);
    expect(share(pudendal, (p) => ['S3', 'S4-5'].includes(zoneAt('posterior', p.x, p.y)?.root ?? ''))).toBeGreaterThan(0.95);
  });

  it('tibial at the tarsal tunnel: the sole; medial plantar the medial two-thirds', () => {
    for (const side of SIDE_IDS) {
      const medial = pointsIn(territory('plantar', 'medial-plantar', side)).length;
      const lateral = pointsIn(territory('plantar', 'lateral-plantar', side)).length;
      expect(medial / (medial + lateral)).toBeGreaterThan(0.6);
    }
  });
});
