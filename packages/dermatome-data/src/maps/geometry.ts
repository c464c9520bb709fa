import { VIEW_IDS, type RootId, type SideId, type ViewId, type ZoneRootId } from '../types.js';
import { CONTESTED_AREAS } from './contested.js';
import { VIEW_DATA } from './view-data.js';
import type { FlatPolygon, FlatRing, LabelSpot, MapView } from './types.js';

const VIEW_NAMES: Record<ViewId, string> = {
  anterior: 'Lower body from the front (anterior view), the patient’s right on the left',
  posterior: 'Lower body from behind (posterior view), the patient’s right on the right',
  plantar: 'Both soles (plantar view), the right sole on the right',
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

const labelSpot = ([x = 0, y = 0, lx, ly]: number[]): LabelSpot =>
  lx === undefined || ly === undefined ? { x, y } : { x, y, leader: { x: lx, y: ly } };

function buildView(id: ViewId): MapView {
  const data = VIEW_DATA[id];
  return {
    id,
    name: VIEW_NAMES[id],
    viewBox: data.viewBox.join(' '),
    width: data.width,
    height: data.height,
    outline: { path: polygonsPath(data.outline), polygons: data.outline },
    sides: data.sides.map((s) => ({ side: s.side, polygons: s.outline, label: { x: s.label[0] ?? 0, y: s.label[1] ?? 0 } })),
    skinPath: data.skinPath,
    cutPath: data.cutPath,
    zones: data.zones.map((zone) => ({
      root: zone.root,
      side: zone.side,
      path: polygonsPath(zone.polygons),
      polygons: zone.polygons,
      labels: zone.labels.map(labelSpot),
    })),
    bands: data.bands.map((band) => ({
      roots: [band.roots[0]!, band.roots[1]!] as [ZoneRootId, ZoneRootId],
      side: band.side,
      path: polygonsPath(band.polygons),
      polygons: band.polygons,
    })),
    contested: data.contested.map((area) => ({
      id: area.id,
      roots: [area.roots[0]!, area.roots[1]!] as [RootId, RootId],
      side: area.side,
      path: polygonsPath(area.polygons),
      polygons: area.polygons,
      caption: CONTESTED_AREAS[area.id].caption,
    })),
    nerves: data.nerves.map((t) => ({
      nerve: t.nerve,
      side: t.side,
      path: polygonsPath(t.polygons),
      polygons: t.polygons,
      edgePath: polygonsPath(t.edge),
      edge: t.edge,
      labels: t.labels.map(labelSpot),
    })),
    details: data.details.map((d) => ({ kind: d.kind, side: d.side, faint: d.faint, path: d.path })),
  };
}

/** Geometry and metadata of the drawn views: viewBox, outline, zones, bands, contested areas, territories, landmarks. */
export const mapViews: Record<ViewId, MapView> = Object.fromEntries(VIEW_IDS.map((id) => [id, buildView(id)])) as Record<
  ViewId,
  MapView
>;

/** The roots that have a zone on a view (each once, in drawing order). */
export const rootsOnView = (view: ViewId): ZoneRootId[] => [...new Set(mapViews[view].zones.map((z) => z.root))];

/** True for a known view id (input from outside may be anything). */
export const isViewId = (value: unknown): value is ViewId =>
  typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);

/** True for a known side id. */
export const isSideId = (value: unknown): value is SideId => value === 'right' || value === 'left';
