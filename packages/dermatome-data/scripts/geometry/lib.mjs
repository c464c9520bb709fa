// Geometry helpers for the map generator (build time only; the package's runtime code has its
// own small hit-test in src/maps). Points are [x, y] arrays in view coordinates.
import polygonClipping from 'polygon-clipping';

export const pc = polygonClipping;

const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * Samples one centripetal Catmull-Rom span from p1 to p2 (p0, p3 are its neighbours).
 * Centripetal parameterisation avoids cusps and self-intersections on uneven spacing.
 */
function sampleSpan(p0, p1, p2, p3, step) {
  const t0 = 0;
  const t1 = t0 + Math.sqrt(dist(p0, p1)) || t0 + 1e-6;
  const t2 = t1 + Math.sqrt(dist(p1, p2)) || t1 + 1e-6;
  const t3 = t2 + Math.sqrt(dist(p2, p3)) || t2 + 1e-6;
  const n = Math.max(2, Math.ceil(dist(p1, p2) / step));
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = t1 + ((t2 - t1) * i) / n;
    const lerp = (a, b, ta, tb) => {
      const w = tb - ta === 0 ? 0 : (t - ta) / (tb - ta);
      return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
    };
    const a1 = lerp(p0, p1, t0, t1);
    const a2 = lerp(p1, p2, t1, t2);
    const a3 = lerp(p2, p3, t2, t3);
    const b1 = lerp(a1, a2, t0, t2);
    const b2 = lerp(a2, a3, t1, t3);
    out.push(lerp(b1, b2, t1, t2));
  }
  return out;
}

const reflect = (a, b) => [2 * a[0] - b[0], 2 * a[1] - b[1]];

/** A smooth open curve through the points (end tangents follow the end chords). */
export function smoothOpen(points, step = 2.5) {
  if (points.length < 2) return points.map((p) => [...p]);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = i === 0 ? reflect(points[0], points[1]) : points[i - 1];
    const p3 = i + 2 < points.length ? points[i + 2] : reflect(points[i + 1], points[i]);
    out.push(...sampleSpan(p0, points[i], points[i + 1], p3, step));
  }
  out.push([...points[points.length - 1]]);
  return out;
}

/** A smooth closed curve through the points. */
export function smoothClosed(points, step = 2.5) {
  const n = points.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(...sampleSpan(points[(i - 1 + n) % n], points[i], points[(i + 1) % n], points[(i + 2) % n], step));
  }
  return out;
}

export function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return a / 2;
}

export function polygonArea(polygon) {
  const [outer, ...holes] = polygon;
  return Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);
}

export const multiArea = (multi) => multi.reduce((s, p) => s + polygonArea(p), 0);

export function pointInRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const pointInPolygon = (pt, polygon) => pointInRing(pt, polygon[0]) && !polygon.slice(1).some((h) => pointInRing(pt, h));

export const pointInMulti = (pt, multi) => multi.some((p) => pointInPolygon(pt, p));

export function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

export function* ringEdges(multi) {
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) yield [ring[i], ring[(i + 1) % ring.length]];
    }
  }
}

export function boundaryDistance(pt, multi) {
  let best = Infinity;
  for (const [a, b] of ringEdges(multi)) best = Math.min(best, segmentDistance(pt, a, b));
  return best;
}

/** A disc approximated by a polygon. */
export function circle(c, r, n = 16) {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)];
  });
}

/** Drops vertices closer than `tol` to the line through their neighbours (Douglas-Peucker per ring). */
export function simplifyRing(ring, tol) {
  if (ring.length <= 4) return ring;
  const keep = new Array(ring.length).fill(false);
  keep[0] = true;
  keep[ring.length - 1] = true;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let maxD = 0;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = segmentDistance(ring[i], ring[s], ring[e]);
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (maxD > tol && idx > 0) {
      keep[idx] = true;
      stack.push([s, idx], [idx, e]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/**
 * The point of a polygon farthest from its boundary (a label spot), by a coarse grid search
 * refined around the best cell.
 */
export function poleOfInaccessibility(polygon, avoid = []) {
  const xs = polygon[0].map((p) => p[0]);
  const ys = polygon[0].map((p) => p[1]);
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = null;
  let bestScore = -Infinity;
  let cell = Math.max(maxX - minX, maxY - minY) / 40;
  for (let round = 0; round < 4; round++) {
    for (let x = minX; x <= maxX; x += cell) {
      for (let y = minY; y <= maxY; y += cell) {
        if (!pointInPolygon([x, y], polygon)) continue;
        const d = boundaryDistance([x, y], [polygon]);
        const penalty = avoid.reduce((s, a) => s + Math.max(0, a.r - Math.hypot(x - a.x, y - a.y)), 0);
        const score = d - penalty;
        if (score > bestScore) {
          bestScore = score;
          best = [x, y, d];
        }
      }
    }
    if (!best) break;
    minX = best[0] - cell * 2;
    maxX = best[0] + cell * 2;
    minY = best[1] - cell * 2;
    maxY = best[1] + cell * 2;
    cell /= 4;
  }
  return best;
}

/**
 * An open path through nodes [x, y, corner?]: smooth between corners, sharp at them.
 * The first and last nodes are always ends of a smooth run.
 */
export function openPath(nodes, step = 2.5) {
  const out = [];
  let run = [];
  nodes.forEach((n, i) => {
    run.push([n[0], n[1]]);
    const isEnd = i === nodes.length - 1;
    if ((n[2] && run.length > 1) || isEnd) {
      const sampled = run.length === 2 ? run : smoothOpen(run, step);
      out.push(...(out.length ? sampled.slice(1) : sampled));
      run = [[n[0], n[1]]];
    }
  });
  return out;
}

/**
 * The strip of half-width w around an open polyline, as one polygon ring (vertex normals with a
 * mitre limit). Good for smooth curves whose radius is well above w.
 */
export function offsetStrip(chain, w) {
  const n = chain.length;
  const segNormal = (i) => {
    const [a, b] = [chain[i], chain[i + 1]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  };
  const left = [];
  const right = [];
  for (let i = 0; i < n; i++) {
    const n0 = segNormal(Math.max(0, i - 1));
    const n1 = segNormal(Math.min(n - 2, i));
    let nx = n0[0] + n1[0];
    let ny = n0[1] + n1[1];
    const len = Math.hypot(nx, ny) || 1;
    nx /= len;
    ny /= len;
    const scale = w / Math.max(0.85, nx * n1[0] + ny * n1[1]);
    left.push([chain[i][0] + nx * scale, chain[i][1] + ny * scale]);
    right.push([chain[i][0] - nx * scale, chain[i][1] - ny * scale]);
  }
  return [...left, ...right.reverse()];
}

const snapGeom = (geom, grid) => {
  const snap = (v) => Math.round(v / grid) * grid;
  const mapRing = (ring) => ring.map(([x, y]) => [snap(x), snap(y)]);
  const isMulti = Array.isArray(geom[0]?.[0]?.[0]);
  return isMulti ? geom.map((p) => p.map(mapRing)) : geom.map(mapRing);
};

/**
 * A polygon-clipping operation that retries on the library's rare sweep-line failures with the
 * inputs snapped to ever coarser grids (1e-3 .. 1e-1 units: far below what a map can show).
 */
export function robust(op, ...geoms) {
  const grids = [0, 1e-3, 1e-2, 5e-2, 1e-1];
  let lastError;
  for (const grid of grids) {
    try {
      return pc[op](...(grid ? geoms.map((g) => snapGeom(g, grid)) : geoms));
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/* ------------------------------------------------------------ cubic Béziers ---- */

/**
 * The cubic Bézier segments of the centripetal Catmull-Rom spline through the points (Yuksel et
 * al. 2011): the same curve the sampler above draws, in a form SVG paths take directly.
 * Each segment is [p0, c1, c2, p3]. An open curve's end tangents follow its end chords.
 */
export function bezierSegments(points, closed = false) {
  const n = points.length;
  if (n < 2) return [];
  const segs = [];
  const count = closed ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const p1 = points[i];
    const p2 = points[(i + 1) % n];
    const p0 = closed ? points[(i - 1 + n) % n] : i === 0 ? reflect(p1, p2) : points[i - 1];
    const p3 = closed ? points[(i + 2) % n] : i + 2 < n ? points[i + 2] : reflect(p2, p1);
    const d1 = Math.max(dist(p0, p1), 1e-6);
    const d2 = Math.max(dist(p1, p2), 1e-6);
    const d3 = Math.max(dist(p2, p3), 1e-6);
    const [s1, s2, s3] = [Math.sqrt(d1), Math.sqrt(d2), Math.sqrt(d3)];
    const c1 = [0, 1].map((k) => (d1 * p2[k] - d2 * p0[k] + (2 * d1 + 3 * s1 * s2 + d2) * p1[k]) / (3 * s1 * (s1 + s2)));
    const c2 = [0, 1].map((k) => (d3 * p1[k] - d2 * p3[k] + (2 * d3 + 3 * s3 * s2 + d2) * p2[k]) / (3 * s3 * (s3 + s2)));
    segs.push([[...p1], c1, c2, [...p2]]);
  }
  return segs;
}

/** Bézier segments of an open path through nodes [x, y, corner?]: smooth between corners, sharp at them. */
export function nodeSegments(nodes) {
  const segs = [];
  let run = [];
  nodes.forEach((node, i) => {
    run.push([node[0], node[1]]);
    const isEnd = i === nodes.length - 1;
    if ((node[2] && run.length > 1) || isEnd) {
      if (run.length === 2) {
        const [a, b] = run;
        segs.push([
          a,
          [a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3],
          [a[0] + (2 * (b[0] - a[0])) / 3, a[1] + (2 * (b[1] - a[1])) / 3],
          b,
        ]);
      } else segs.push(...bezierSegments(run));
      run = [[node[0], node[1]]];
    }
  });
  return segs;
}

const bez = (s, t) => {
  const u = 1 - t;
  return [0, 1].map((k) => u * u * u * s[0][k] + 3 * u * u * t * s[1][k] + 3 * u * t * t * s[2][k] + t * t * t * s[3][k]);
};

/** Points along Bézier segments, about `step` units apart (the last point of the last segment included). */
export function flattenSegments(segs, step = 2.5) {
  const out = [];
  for (const s of segs) {
    const len = dist(s[0], s[1]) + dist(s[1], s[2]) + dist(s[2], s[3]);
    const n = Math.max(2, Math.ceil(len / step));
    for (let i = 0; i < n; i++) out.push(bez(s, i / n));
  }
  if (segs.length) out.push([...segs.at(-1)[3]]);
  return out;
}

const f1 = (v) => {
  const t = (Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return t === '-0' ? '0' : t;
};

/** SVG path data of Bézier segments: M, then C per segment (Z when closed). */
export function segmentsPath(segs, closed = false) {
  if (!segs.length) return '';
  const p = (pt) => `${f1(pt[0])} ${f1(pt[1])}`;
  let d = `M${p(segs[0][0])}`;
  for (const s of segs) d += `C${p(s[1])} ${p(s[2])} ${p(s[3])}`;
  return closed ? `${d}Z` : d;
}

/** Maps the points of Bézier segments through a function (affine maps keep the curve exact). */
export const mapSegments = (segs, fn) => segs.map((s) => s.map((pt) => fn(pt)));

export const reverseSegments = (segs) => [...segs].reverse().map((s) => [s[3], s[2], s[1], s[0]]);
