import { VIEW_IDS, type RootId, type ViewId } from '../types.js';
import { GENERATED_VIEWS } from './geometry.generated.js';
import type { FlatPolygon, FlatRing, MapBand, MapDetail, MapView, MapZone } from './types.js';

const VIEW_NAMES: Record<ViewId, string> = {
  anterior: 'Right leg, front (anterior) view',
  posterior: 'Right leg, back (posterior) view',
};

/** A number with at most one decimal, without a leading zero or a trailing ".0". */
function fmt(v: number): string {
  const text = (Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return text.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers the shortest way SVG path data allows (a minus sign separates by itself). */
const joinNumbers = (values: string[]): string =>
  values.reduce((out, v, i) => (i === 0 || v.startsWith('-') ? out + v : `${out} ${v}`), '');

/** SVG path data of a flat ring: an absolute move, then relative lines; closed with Z. */
export function ringPath(ring: FlatRing, closed = true): string {
  if (ring.length < 2) return '';
  const deltas: string[] = [];
  for (let i = 2; i + 1 < ring.length; i += 2) {
    deltas.push(fmt(ring[i]! - ring[i - 2]!), fmt(ring[i + 1]! - ring[i - 1]!));
  }
  const start = `M${joinNumbers([fmt(ring[0]!), fmt(ring[1]!)])}`;
  return `${start}${deltas.length ? `l${joinNumbers(deltas)}` : ''}${closed ? 'Z' : ''}`;
}

export const polygonsPath = (polygons: FlatPolygon[]): string =>
  polygons.map((polygon) => polygon.map((ring) => ringPath(ring)).join('')).join('');

function buildView(id: ViewId): MapView {
  const data = GENERATED_VIEWS[id];
  const zones: MapZone[] = data.zones.map((zone) => ({
    root: zone.root,
    path: polygonsPath(zone.polygons),
    polygons: zone.polygons,
    labels: zone.labels.map(([x = 0, y = 0, lx, ly]) =>
      lx === undefined || ly === undefined ? { x, y } : { x, y, leader: { x: lx, y: ly } },
    ),
  }));
  const bands: MapBand[] = data.bands.map((band) => ({
    roots: [band.roots[0]!, band.roots[1]!] as [RootId, RootId],
    path: polygonsPath(band.polygons),
    polygons: band.polygons,
  }));
  const details: MapDetail[] = data.details.map((detail) => ({
    kind: detail.kind,
    path: ringPath(detail.points, detail.closed),
    points: detail.points,
    closed: detail.closed,
  }));
  return {
    id,
    name: VIEW_NAMES[id],
    viewBox: data.viewBox.join(' '),
    width: data.width,
    height: data.height,
    outline: { path: ringPath(data.outline), polygon: [data.outline] },
    skinPath: ringPath(data.skinEdge, false),
    cutPath: ringPath(data.cutEdge, false),
    zones,
    bands,
    details,
  };
}

/** Geometry and metadata of both drawn views: viewBox, outline, zones, bands, anatomy lines. */
export const mapViews: Record<ViewId, MapView> = Object.fromEntries(VIEW_IDS.map((id) => [id, buildView(id)])) as Record<
  ViewId,
  MapView
>;

/** The roots that have a zone on a view, in drawing order. */
export const rootsOnView = (view: ViewId): RootId[] => mapViews[view].zones.map((z) => z.root);
