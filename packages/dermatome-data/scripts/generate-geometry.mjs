// Builds src/maps/geometry.generated.ts from the authored anatomy in scripts/geometry/views.mjs:
// the outline, the dermatome zones (authored regions clipped to the outline, earlier regions
// winning, so that the zones tile the limb), the transition bands along each shared border,
// label spots, anatomy lines and key points.
//
//   node scripts/generate-geometry.mjs           (pnpm generate:geometry)
//   node scripts/generate-geometry.mjs --check   (fails when the committed file is stale; part of pnpm test)
//
// polygon-clipping is a dev dependency used only here; the generated file is plain data.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { views } from './geometry/views.mjs';
import {
  openPath,
  multiArea,
  polygonArea,
  pointInMulti,
  pointInPolygon,
  segmentDistance,
  offsetStrip,
  robust,
  simplifyRing,
  poleOfInaccessibility,
} from './geometry/lib.mjs';

/** Half the width of a transition band, in view units (the band is about 12 units, ~8 mm). */
const BAND_HALF_WIDTH = 6;
/** Zone parts smaller than this (square view units) are crumbs: they join the zone around them. */
const MIN_PART_AREA = 150;
/** Parts at least this big get their own label. */
const LABEL_PART_AREA = 1500;

const OUT = fileURLToPath(new URL('../src/maps/geometry.generated.ts', import.meta.url));

const round = (v) => Math.round(v * 10) / 10;
const roundRing = (ring) => {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  return out;
};
const roundMulti = (multi) => multi.map((polygon) => polygon.map(roundRing));
const flat = (ring) => ring.flatMap(([x, y]) => [x, y]);

function bbox(multi) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of multi) {
    for (const [x, y] of polygon[0]) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

function edgesOf(multi) {
  const edges = [];
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) edges.push([ring[i], ring[(i + 1) % ring.length]]);
    }
  }
  return edges;
}

/**
 * The border shared by zones a and b, as chains of points: runs of consecutive edges of a's
 * rings that lie on b's border.
 */
function sharedChains(a, b) {
  const bEdges = edgesOf(b);
  const [bx0, by0, bx1, by1] = bbox(b);
  const onB = ([p, q]) => {
    const m = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    if (m[0] < bx0 - 1 || m[0] > bx1 + 1 || m[1] < by0 - 1 || m[1] > by1 + 1) return false;
    return bEdges.some(([r, s]) => segmentDistance(m, r, s) < 0.05);
  };
  const chains = [];
  for (const polygon of a) {
    for (const ring of polygon) {
      const flags = ring.map((p, i) => onB([p, ring[(i + 1) % ring.length]]));
      if (flags.every(Boolean)) {
        chains.push([...ring, ring[0]]);
        continue;
      }
      // start just after an edge that is not shared, so that no chain is split at index 0
      const start = flags.findIndex((f, i) => !f && flags[(i + 1) % flags.length]);
      if (start < 0) continue;
      let current = null;
      for (let k = 1; k <= ring.length; k++) {
        const i = (start + k) % ring.length;
        if (flags[i]) {
          current ??= [ring[i]];
          current.push(ring[(i + 1) % ring.length]);
        } else if (current) {
          chains.push(current);
          current = null;
        }
      }
      if (current) chains.push(current);
    }
  }
  return chains;
}

function buildZones(view, outline) {
  const zones = [];
  let taken = null;
  for (const { root, region } of view.regions()) {
    let zone = robust('intersection', outline, region);
    if (taken) zone = robust('difference', zone, taken);
    // A region border that grazes the skin (at a toe cleft, say) leaves crumbs: they go to the
    // neighbour that surrounds them, below.
    zone = zone.filter((part) => polygonArea(part) >= MIN_PART_AREA);
    if (zone.length === 0) throw new Error(`${view.id}: zone ${root} is empty`);
    zones.push({ root, multi: zone });
    taken = taken ? robust('union', taken, zone) : zone;
  }
  for (const crumb of robust('difference', outline, taken)) {
    const area = polygonArea(crumb);
    if (area > MIN_PART_AREA) {
      const [x, y] = crumb[0][0];
      throw new Error(
        `${view.id}: the regions leave ${area.toFixed(1)} square units uncovered near (${x.toFixed(0)}, ${y.toFixed(0)})`,
      );
    }
    const ring = crumb[0];
    const centre = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    const nearest = zones.reduce(
      (best, z) => {
        const d = Math.min(...edgesOf(z.multi).map(([a, b]) => segmentDistance(centre, a, b)));
        return d < best.d ? { z, d } : best;
      },
      { z: null, d: Infinity },
    ).z;
    nearest.multi = robust('union', nearest.multi, [crumb]);
    console.log(`${view.id}: a crumb of ${area.toFixed(2)} square units went to ${nearest.root}`);
  }
  return zones;
}

function buildBands(zones, outline) {
  const bands = [];
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j < zones.length; j++) {
      const a = zones[i];
      const b = zones[j];
      const chains = sharedChains(a.multi, b.multi)
        .map((chain) => simplifyRing(chain, 0.15))
        .filter((chain) => chain.length >= 2);
      const length = chains.reduce(
        (s, c) => s + c.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - c[i][0], p[1] - c[i][1]), 0),
        0,
      );
      if (length < 4) continue;
      const strips = chains.map((chain) => [offsetStrip(chain, BAND_HALF_WIDTH)]);
      const strip = robust('intersection', robust('union', ...strips), outline);
      const band = robust('union', robust('intersection', strip, a.multi), robust('intersection', strip, b.multi));
      bands.push({ roots: [a.root, b.root], multi: band, length });
    }
  }
  return bands;
}

function labelSpots(view, zone, keyPointsInView) {
  const avoid = keyPointsInView.map(([x, y]) => ({ x, y, r: 26 }));
  // A hint is a spot [d, h] in a part of the zone, or { at, leader } for a zone too small to hold
  // its label: the label sits at `at` (outside the zone) with a line to `leader` (inside it).
  const hint = view.labelAt[zone.root];
  if (hint && !Array.isArray(hint)) {
    const at = view.toView(...hint.at);
    const leader = view.toView(...hint.leader);
    if (!pointInMulti(leader, zone.multi)) throw new Error(`${view.id}: ${zone.root} leader end is outside its zone`);
    return [[...at, ...leader].map(round)];
  }
  const hinted = hint ? view.toView(hint[0], hint[1]) : null;
  const extra = (view.extraLabels[zone.root] ?? []).map(([d, h]) => {
    const spot = view.toView(d, h);
    if (!pointInMulti(spot, zone.multi)) throw new Error(`${view.id}: extra ${zone.root} label is outside its zone`);
    return spot;
  });
  const spots = zone.multi
    .filter((part) => polygonArea(part) >= LABEL_PART_AREA || zone.multi.length === 1)
    .map((part) => {
      if (hinted && pointInPolygon(hinted, part)) return hinted;
      const best = poleOfInaccessibility(part, avoid);
      return [best[0], best[1]];
    });
  return [...spots, ...extra].map(([x, y]) => [round(x), round(y)]);
}

function buildView(view) {
  const skin = openPath(view.skin, 3.5).map(([x, y]) => [x, y]);
  const outlineRing = [...skin, view.cutCornerTop];
  const outline = [[outlineRing]];
  const zones = buildZones(view, outline);
  const bands = buildBands(zones, outline);
  const keyPoints = view.keyPoints.map(({ root, at }) => {
    const [x, y] = view.toView(at[0], at[1]);
    return { root, view: view.id, x: round(x), y: round(y) };
  });
  for (const kp of keyPoints) {
    const zone = zones.find((z) => pointInMulti([kp.x, kp.y], z.multi));
    if (zone?.root !== kp.root) throw new Error(`${view.id}: key point ${kp.root} lies in ${zone?.root ?? 'no zone'}`);
    const band = bands.find((b) => pointInMulti([kp.x, kp.y], b.multi));
    if (band) throw new Error(`${view.id}: key point ${kp.root} lies in the ${band.roots.join('|')} band`);
  }
  const kpPoints = keyPoints.map((k) => [k.x, k.y]);

  const report = zones.map((z) => `${z.root}:${Math.round(multiArea(z.multi))}(${z.multi.length})`).join(' ');
  console.log(`${view.id}: zones ${report}`);
  console.log(`${view.id}: bands ${bands.map((b) => b.roots.join('|')).join(' ')}`);

  const [, , width, height] = view.viewBox;
  return {
    id: view.id,
    viewBox: view.viewBox,
    width,
    height,
    outline: flat(roundRing(outlineRing)),
    skinEdge: flat(roundRing(skin)),
    cutEdge: flat([skin.at(-1), view.cutCornerTop, skin[0]].map(([x, y]) => [round(x), round(y)])),
    zones: zones.map((z) => ({
      root: z.root,
      polygons: roundMulti(z.multi).map((polygon) => polygon.map(flat)),
      labels: labelSpots(view, z, kpPoints),
    })),
    bands: bands.map((b) => ({
      roots: b.roots,
      polygons: roundMulti(b.multi).map((polygon) => polygon.map(flat)),
    })),
    details: view.details().map((d) => ({
      kind: d.kind,
      closed: Boolean(d.closed),
      points: flat(roundRing(d.points)),
    })),
    keyPoints,
  };
}

const built = Object.fromEntries(views.map((v) => [v.id, buildView(v)]));

const banner = `// GENERATED by scripts/generate-geometry.mjs from scripts/geometry/views.mjs. Do not edit by hand:
// change the authored anatomy there and run \`node scripts/generate-geometry.mjs\`.
// Coordinates are SVG user units of each view (y down). Rings are flat [x0, y0, x1, y1, ...].
`;
const body = `import type { GeneratedViewData } from './types.js';
import type { ViewId } from '../types.js';

export const GENERATED_VIEWS: Record<ViewId, GeneratedViewData> = ${JSON.stringify(built)};
`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== banner + body) {
    console.error(`${OUT} is stale: run pnpm --filter @dermatome/data generate:geometry`);
    process.exit(1);
  }
  console.log('map geometry is up to date with its authored anatomy');
} else {
  writeFileSync(OUT, banner + body);
  console.log(`wrote ${OUT} (${Math.round((banner + body).length / 1024)} KiB)`);
}
