import { ROOT_IDS, VIEW_IDS, type RootId, type ViewId } from '../src/types.js';
import {
  KEY_POINT_TOLERANCE,
  distance,
  isInsideLimb,
  isNearKeyPoint,
  keyPointFor,
  keyPoints,
  keyPointsOnView,
  mapViews,
  pointInPolygon,
  zoneAt,
} from '../src/maps/index.js';

const pairs = (flat: number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
};

/** Centre of a drawn anatomy line (mean of its points). */
function detailCentre(view: ViewId, kind: string, index = 0): { x: number; y: number } {
  const detail = mapViews[view].details.filter((d) => d.kind === kind)[index]!;
  const pts = pairs(detail.points);
  return {
    x: pts.reduce((s, p) => s + p[0], 0) / pts.length,
    y: pts.reduce((s, p) => s + p[1], 0) / pts.length,
  };
}

/** A point inside a band and in no other band. */
function pointInBandOnly(view: ViewId, roots: [RootId, RootId]): { x: number; y: number } {
  const map = mapViews[view];
  const band = map.bands.find((b) => b.roots.includes(roots[0]) && b.roots.includes(roots[1]))!;
  const others = map.bands.filter((b) => b !== band);
  for (const [x, y] of pairs(band.polygons[0]![0]!)) {
    // step from each band vertex towards the band's inside until we are well within it
    for (const [dx, dy] of [
      [2, 0],
      [-2, 0],
      [0, 2],
      [0, -2],
    ] as const) {
      const p = { x: x + dx, y: y + dy };
      const inBand = band.polygons.some((poly) => pointInPolygon(p.x, p.y, poly));
      const inOther = others.some((b) => b.polygons.some((poly) => pointInPolygon(p.x, p.y, poly)));
      if (inBand && !inOther && isInsideLimb(view, p.x, p.y)) return p;
    }
  }
  throw new Error(`no point found in the ${roots.join('|')} band`);
}

describe('key points', () => {
  it('has exactly one ISNCSCI key point per root, L1..L5 in front, S1..S4-5 behind', () => {
    expect(keyPoints.map((k) => k.root).sort()).toEqual([...ROOT_IDS].sort());
    for (const kp of keyPoints) {
      expect(kp.view).toBe(kp.root.startsWith('L') ? 'anterior' : 'posterior');
      expect(kp.source).toBe('ISNCSCI');
      expect(kp.description.length).toBeGreaterThan(10);
      expect(keyPointFor(kp.root)).toBe(kp);
    }
    expect(keyPointsOnView('anterior')).toHaveLength(5);
    expect(keyPointsOnView('posterior')).toHaveLength(4);
  });

  it.each([...ROOT_IDS])('puts the %s key point inside its own zone, away from any band', (root) => {
    const kp = keyPointFor(root);
    expect(zoneAt(kp.view, kp.x, kp.y)).toEqual({ root, transition: null });
    const bands = mapViews[kp.view].bands;
    expect(bands.some((b) => b.polygons.some((p) => pointInPolygon(kp.x, kp.y, p)))).toBe(false);
  });

  it('orders the anterior key points from groin to foot and the posterior ones from buttock to heel', () => {
    const y = (root: RootId) => keyPointFor(root).y;
    expect(y('L1')).toBeLessThan(y('L2'));
    expect(y('L2')).toBeLessThan(y('L3'));
    expect(y('L3')).toBeLessThan(y('L4'));
    expect(y('L4')).toBeLessThan(y('L5'));
    expect(y('S3')).toBeLessThan(y('S2'));
    expect(y('S2')).toBeLessThan(y('S1'));
    // the perianal point is at the midline (the left edge of the posterior view), the ischial
    // tuberosity lateral to it
    expect(keyPointFor('S4-5').x).toBeLessThan(keyPointFor('S3').x);
  });

  it('puts the L3 point on the medial side of the knee and the L4 point on the medial malleolus', () => {
    const patella = detailCentre('anterior', 'patella');
    // anterior view of the right leg: medial is towards the midline, on the right of the picture
    expect(keyPointFor('L3').x).toBeGreaterThan(patella.x);
    expect(Math.abs(keyPointFor('L3').y - patella.y)).toBeLessThan(40);
    const malleolus = detailCentre('anterior', 'medial-malleolus');
    expect(distance(keyPointFor('L4'), malleolus)).toBeLessThan(15);
  });

  it('counts a click as near a key point within the tolerance only, and only on its view', () => {
    const kp = keyPointFor('L4');
    expect(isNearKeyPoint('L4', 'anterior', kp.x + KEY_POINT_TOLERANCE - 1, kp.y)).toBe(true);
    expect(isNearKeyPoint('L4', 'anterior', kp.x, kp.y + KEY_POINT_TOLERANCE + 1)).toBe(false);
    expect(isNearKeyPoint('L4', 'posterior', kp.x, kp.y)).toBe(false);
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
  });
});

describe('zoneAt', () => {
  it.each(VIEW_IDS)('returns null outside the %s limb', (view) => {
    const [x0, y0, w, h] = mapViews[view].viewBox.split(' ').map(Number) as [number, number, number, number];
    expect(zoneAt(view, x0 + 1, y0 + h - 1)).toBeNull();
    expect(zoneAt(view, x0 + w - 1, y0 + h - 1)).toBeNull();
    expect(zoneAt(view, -50, 500)).toBeNull();
    expect(zoneAt(view, 500, 500)).toBeNull();
    expect(zoneAt(view, Number.NaN, 500)).toBeNull();
    expect(zoneAt(view, 100, Number.POSITIVE_INFINITY)).toBeNull();
    // just outside the skin, next to every 25th outline vertex
    const outline = pairs(mapViews[view].outline.polygon[0]!);
    const cx = outline.reduce((s, p) => s + p[0], 0) / outline.length;
    for (const [x, y] of outline.filter((_, i) => i % 25 === 0)) {
      const dx = x < cx ? -3 : 3;
      if (!isInsideLimb(view, x + dx, y)) expect(zoneAt(view, x + dx, y)).toBeNull();
    }
  });

  it('finds the zone the base map teaches at anatomical landmarks', () => {
    const at = (view: ViewId, p: { x: number; y: number }) => zoneAt(view, p.x, p.y)?.root;
    expect(at('anterior', detailCentre('anterior', 'patella'))).toBe('L3');
    expect(at('anterior', detailCentre('anterior', 'toenail', 0))).toBe('L5'); // big toe
    expect(at('anterior', detailCentre('anterior', 'toenail', 2))).toBe('L5'); // third toe
    expect(at('anterior', detailCentre('anterior', 'toenail', 4))).toBe('S1'); // little toe
    expect(at('anterior', detailCentre('anterior', 'medial-malleolus'))).toBe('L4');
    const crease = detailCentre('anterior', 'inguinal-crease');
    expect(at('anterior', crease)).toBe('L1');
    expect(at('posterior', detailCentre('posterior', 'heel-pad'))).toBe('S1');
    expect(at('posterior', detailCentre('posterior', 'ball-crease'))).toBe('S1'); // sole
    expect(at('posterior', detailCentre('posterior', 'popliteal-crease'))).toBe('S2');
    const anus = detailCentre('posterior', 'anus');
    expect(at('posterior', { x: anus.x + 4, y: anus.y })).toBe('S4-5');
  });

  it('places L5 lateral and L4 medial on the leg, in both views', () => {
    // mid-calf (a height has the same y in both views), an eighth of the leg's width in from
    // each edge
    for (const view of VIEW_IDS) {
      const y = keyPointFor('S2').y + (keyPointFor('S1').y - keyPointFor('S2').y) * 0.35;
      const xs = pairs(mapViews[view].outline.polygon[0]!)
        .filter(([, py]) => Math.abs(py - y) < 3)
        .map(([px]) => px);
      const [left, right] = [Math.min(...xs), Math.max(...xs)];
      const inset = (right - left) / 8;
      const lateralX = view === 'anterior' ? left + inset : right - inset;
      const medialX = view === 'anterior' ? right - inset : left + inset;
      expect(zoneAt(view, lateralX, y)?.root).toBe('L5');
      expect(zoneAt(view, medialX, y)?.root).toBe('L4');
    }
  });

  it('reports the neighbouring root inside a transition band', () => {
    for (const view of VIEW_IDS) {
      for (const band of mapViews[view].bands) {
        const p = pointInBandOnly(view, band.roots);
        const hit = zoneAt(view, p.x, p.y);
        expect(hit).not.toBeNull();
        expect(band.roots).toContain(hit!.root);
        expect(hit!.transition).toBe(band.roots.find((r) => r !== hit!.root));
      }
    }
  });

  it('reports no transition in the middle of a zone', () => {
    for (const view of VIEW_IDS) {
      for (const zone of mapViews[view].zones) {
        const label = zone.labels[0]!;
        const spot = label.leader ?? label;
        expect(zoneAt(view, spot.x, spot.y)).toEqual({ root: zone.root, transition: null });
      }
    }
  });

  it('is fast enough to run on every click', () => {
    const start = Date.now();
    let hits = 0;
    for (let i = 0; i < 20000; i++) {
      if (zoneAt(i % 2 ? 'anterior' : 'posterior', (i * 7) % 300, (i * 13) % 1600)) hits++;
    }
    expect(hits).toBeGreaterThan(1000);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
