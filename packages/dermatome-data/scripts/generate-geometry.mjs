// Builds src/maps/geometry.generated.ts from the authored anatomy in scripts/geometry/views.mjs,
// for each view and each side (the left side is the mirror image of the authored right side):
// the outline (as cubic Béziers for drawing and flattened for hit-testing), the dermatome zones
// (authored regions clipped to the side's outline, earlier regions winning, so that the zones
// tile the skin), the transition bands along each shared border, the contested areas, the
// peripheral-nerve territories with their variable edges, label spots, landmarks and key points.
//
//   node scripts/generate-geometry.mjs           (pnpm generate:geometry)
//   node scripts/generate-geometry.mjs --check   (fails when the committed file is stale; part of pnpm test)
//
// polygon-clipping is a dev dependency used only here; the generated file is plain data.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { views, makeHelpers } from './geometry/views.mjs';
import {
  bezierSegments,
  nodeSegments,
  flattenSegments,
  segmentsPath,
  reverseSegments,
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
/** Half the width of a nerve territory's variable edge (about 12 mm across). */
const EDGE_HALF_WIDTH = 8;
/** Zone parts smaller than this (square view units) are crumbs: they join the zone around them. */
const MIN_PART_AREA = 150;
/** Parts at least this big get their own label. */
const LABEL_PART_AREA = 1500;
/** Outline flattening step and ring simplification tolerance (view units). */
const FLATTEN_STEP = 5;
const SIMPLIFY = 0;

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
const simplifyClosed = (ring) => {
  if (ring.length < 12 || SIMPLIFY === 0) return ring;
  return simplifyRing([...ring, ring[0]], SIMPLIFY).slice(0, -1);
};
const outMulti = (multi) => multi.map((polygon) => polygon.map((ring) => flat(roundRing(simplifyClosed(ring)))));
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
 * Chains of consecutive edges of a's rings for which `keep(edge)` holds (e.g. the border a shares
 * with b, or a's border away from the skin contour).
 */
function chainsWhere(a, keep) {
  const chains = [];
  for (const polygon of a) {
    for (const ring of polygon) {
      const flags = ring.map((p, i) => keep([p, ring[(i + 1) % ring.length]]));
      if (flags.every(Boolean)) {
        chains.push([...ring, ring[0]]);
        continue;
      }
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

function onBorderOf(b, tol = 0.05) {
  const bEdges = edgesOf(b);
  const [bx0, by0, bx1, by1] = bbox(b);
  return ([p, q]) => {
    const m = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    if (m[0] < bx0 - 1 || m[0] > bx1 + 1 || m[1] < by0 - 1 || m[1] > by1 + 1) return false;
    return bEdges.some(([r, s]) => segmentDistance(m, r, s) < tol);
  };
}

const chainLength = (chains) =>
  chains.reduce((s, c) => s + c.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - c[i][0], p[1] - c[i][1]), 0), 0);

/** Clips ordered regions to the outline, earlier ones winning; crumbs join their neighbour. */
function partition(label, regions, outline, key, { coverAll }) {
  const parts = [];
  let taken = null;
  for (const item of regions) {
    let shape = robust('intersection', outline, item.region);
    if (taken) shape = robust('difference', shape, taken);
    shape = shape.filter((part) => polygonArea(part) >= MIN_PART_AREA);
    if (shape.length === 0) throw new Error(`${label}: ${item[key]} is empty`);
    parts.push({ ...item, multi: shape });
    taken = taken ? robust('union', taken, shape) : shape;
  }
  if (!coverAll) return parts;
  for (const crumb of robust('difference', outline, taken)) {
    const area = polygonArea(crumb);
    if (area > MIN_PART_AREA) {
      const [x, y] = crumb[0][0];
      throw new Error(
        `${label}: the regions leave ${area.toFixed(1)} square units uncovered near (${x.toFixed(0)}, ${y.toFixed(0)})`,
      );
    }
    const ring = crumb[0];
    const centre = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    const nearest = parts.reduce(
      (best, z) => {
        const d = Math.min(...edgesOf(z.multi).map(([a, b]) => segmentDistance(centre, a, b)));
        return d < best.d ? { z, d } : best;
      },
      { z: null, d: Infinity },
    ).z;
    nearest.multi = robust('union', nearest.multi, [crumb]);
  }
  return parts;
}

function buildBands(zones, outline) {
  const bands = [];
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j < zones.length; j++) {
      const a = zones[i];
      const b = zones[j];
      const chains = chainsWhere(a.multi, onBorderOf(b.multi))
        .map((chain) => simplifyRing(chain, 0.15))
        .filter((chain) => chain.length >= 2);
      if (chainLength(chains) < 4) continue;
      const strips = chains.map((chain) => [offsetStrip(chain, BAND_HALF_WIDTH)]);
      const strip = robust('intersection', robust('union', ...strips), outline);
      const band = robust('union', robust('intersection', strip, a.multi), robust('intersection', strip, b.multi));
      if (band.length) bands.push({ roots: [a.root, b.root], multi: band });
    }
  }
  return bands;
}

/** A territory's variable edge: a strip along its border wherever that border is not the skin contour. */
function buildEdge(territory, outline) {
  const onSkin = onBorderOf(outline, 0.3);
  const chains = chainsWhere(territory, (e) => !onSkin(e))
    .map((chain) => simplifyRing(chain, 0.3))
    .filter((chain) => chain.length >= 2);
  if (chainLength(chains) < 4) return [];
  const strips = chains.map((chain) => [offsetStrip(chain, EDGE_HALF_WIDTH)]);
  return robust('intersection', robust('union', ...strips), outline);
}

function labelSpots(view, H, key, item, hints, avoidPoints) {
  const avoid = avoidPoints.map(([x, y]) => ({ x, y, r: 26 }));
  // A hint is a spot [d, h] in a part of the zone, or { at, leader } for a zone too small to hold
  // its label: the label sits at `at` (outside the zone) with a line to `leader` (inside it).
  const hint = hints[item[key]];
  if (hint && !Array.isArray(hint)) {
    const at = H.T(hint.at);
    const leader = H.T(hint.leader);
    if (!pointInMulti(leader, item.multi)) throw new Error(`${view.id}: ${item[key]} leader end is outside its area`);
    return [[...at, ...leader].map(round)];
  }
  const hinted = hint ? H.T(hint) : null;
  const parts = item.multi.filter((part) => polygonArea(part) >= LABEL_PART_AREA);
  const chosen = parts.length ? parts : [item.multi.reduce((a, b) => (polygonArea(a) > polygonArea(b) ? a : b))];
  return chosen.map((part) => {
    if (hinted && pointInPolygon(hinted, part)) return hinted.map(round);
    const best = poleOfInaccessibility(part, avoid);
    return [round(best[0]), round(best[1])];
  });
}

function buildSide(view, side) {
  const H = makeHelpers(view.toView(side));
  const label = `${view.id}/${side}`;
  const nodes = view.skin.map(([d, h, c]) => [...H.T([d, h]), c ?? false]);
  let skinSegs;
  let outlineRing;
  if (view.closedOutline) {
    // start at the first corner so that the closed contour is smooth everywhere else
    const first = nodes.findIndex((n) => n[2]);
    const rotated = [...nodes.slice(first), ...nodes.slice(0, first), nodes[first]];
    skinSegs = nodeSegments(rotated);
    outlineRing = flattenSegments(skinSegs, FLATTEN_STEP).slice(0, -1);
  } else {
    skinSegs = nodeSegments(nodes);
    outlineRing = [...flattenSegments(skinSegs, FLATTEN_STEP), H.T([0, view.topH])];
  }
  const outline = [[outlineRing]];

  const zones = partition(label, view.regions(H), outline, 'root', { coverAll: true });
  const bands = buildBands(zones, outline);
  const contested = view.contested(H).flatMap((c) => {
    // a contested area lies within the zones of its two roots
    const own = zones.filter((z) => c.roots.includes(z.root)).map((z) => z.multi);
    const multi = robust('intersection', robust('union', ...own), c.region).filter((p) => polygonArea(p) >= 20);
    return multi.length ? [{ id: c.id, roots: c.roots, multi }] : [];
  });
  const territories = partition(label, view.nerves(H), outline, 'nerve', { coverAll: false });
  for (const t of territories) t.edge = buildEdge(t.multi, outline);

  const keyPoints = view.keyPoints.map(({ root, at }) => {
    const [x, y] = H.T(at);
    return { root, view: view.id, side, x: round(x), y: round(y) };
  });
  for (const kp of keyPoints) {
    const zone = zones.find((z) => pointInMulti([kp.x, kp.y], z.multi));
    if (zone?.root !== kp.root) throw new Error(`${label}: key point ${kp.root} lies in ${zone?.root ?? 'no zone'}`);
    const band = bands.find((b) => pointInMulti([kp.x, kp.y], b.multi));
    if (band) throw new Error(`${label}: key point ${kp.root} lies in the ${band.roots.join('|')} band`);
    const area = contested.find((c) => pointInMulti([kp.x, kp.y], c.multi));
    if (area) throw new Error(`${label}: key point ${kp.root} lies in the contested ${area.id} area`);
  }
  const kpPoints = keyPoints.map((k) => [k.x, k.y]);
  console.log(`${label}: zones ${zones.map((z) => `${z.root}:${Math.round(multiArea(z.multi))}`).join(' ')}`);
  console.log(`${label}: nerves ${territories.map((t) => `${t.nerve}:${Math.round(multiArea(t.multi))}`).join(' ')}`);

  const details = view.details(H).flatMap((d) => {
    if (d.midline && side === 'left') return [];
    const pts = d.pts.map(H.T);
    const segs = bezierSegments(pts, Boolean(d.closed));
    return [
      { kind: d.kind, side: d.midline ? null : side, faint: Boolean(d.faint), path: segmentsPath(segs, Boolean(d.closed)) },
    ];
  });

  return {
    side,
    H,
    skinSegs,
    outline,
    zones,
    bands,
    contested,
    territories,
    keyPoints,
    details,
    sideLabel: H.T(view.sideLabel).map(round),
    labels: {
      zone: (z) => labelSpots(view, H, 'root', z, view.labelAt, kpPoints),
      nerve: (t) => labelSpots(view, H, 'nerve', t, view.nerveLabelAt, kpPoints),
    },
  };
}

function sideOutput(s) {
  return {
    side: s.side,
    outline: outMulti(s.outline),
    label: s.sideLabel,
    zones: s.zones.map((z) => ({ root: z.root, side: s.side, polygons: outMulti(z.multi), labels: s.labels.zone(z) })),
    bands: s.bands.map((b) => ({ roots: b.roots, side: s.side, polygons: outMulti(b.multi) })),
    contested: s.contested.map((c) => ({ id: c.id, roots: c.roots, side: s.side, polygons: outMulti(c.multi) })),
    nerves: s.territories.map((t) => ({
      nerve: t.nerve,
      side: s.side,
      polygons: outMulti(t.multi),
      edge: outMulti(t.edge),
      labels: s.labels.nerve(t),
    })),
    keyPoints: s.keyPoints,
  };
}

function buildView(view) {
  const [, , width, height] = view.viewBox;
  const rightBuilt = buildSide(view, 'right');
  const right = sideOutput(rightBuilt);
  const leftH = makeHelpers(view.toView('left'));
  const mirrorPt = ([x, y]) => [width - x, y];
  const leftSegs = rightBuilt.skinSegs.map((seg) => seg.map(mirrorPt));
  let skinPath;
  let cutPath = '';
  if (view.closedOutline) {
    skinPath = [rightBuilt.skinSegs, leftSegs].map((segs) => segmentsPath(segs, true)).join('');
  } else {
    // one line: down the right side's lateral edge, round its foot, up to the perineum, then down
    // the left leg's medial edge and up its lateral side
    skinPath = segmentsPath([...rightBuilt.skinSegs, ...reverseSegments(leftSegs)]);
    const a = leftSegs[0][0];
    const b = rightBuilt.skinSegs[0][0];
    cutPath = `M${round(a[0])} ${round(a[1])}L${round(b[0])} ${round(b[1])}`;
  }
  const leftDetails = view.details(leftH).flatMap((d) => {
    if (d.midline) return [];
    const segs = bezierSegments(d.pts.map(leftH.T), Boolean(d.closed));
    return [{ kind: d.kind, side: 'left', faint: Boolean(d.faint), path: segmentsPath(segs, Boolean(d.closed)) }];
  });
  // Only the right side is stored: the package mirrors it at load time (src/maps/view-data.ts),
  // which keeps the two sides exactly symmetric and the shipped data half the size.
  return {
    id: view.id,
    viewBox: view.viewBox,
    width,
    height,
    skinPath,
    cutPath,
    sides: [{ side: 'right', outline: right.outline, label: right.label }],
    zones: right.zones,
    bands: right.bands,
    contested: right.contested,
    nerves: right.nerves,
    details: [...rightBuilt.details, ...leftDetails],
    keyPoints: right.keyPoints,
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
