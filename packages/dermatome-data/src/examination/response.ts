import { VIEW_IDS, type NerveId, type SideChoice, type SideId, type ViewId, type ZoneRootId } from '../types.js';
import { mapViews } from '../maps/geometry.js';
import { pointInPolygon, sideAt, zoneAt } from '../maps/hit-test.js';
import type { FlatPolygon } from '../maps/types.js';
import { affectsSide, examinationLesion, type ExaminationLesionId } from './lesions.js';

/** How the patient feels a probe, compared with the same spot on the other leg. */
export const PROBE_ANSWERS = ['normal', 'slightly-reduced', 'reduced', 'absent'] as const;
export type ProbeAnswer = (typeof PROBE_ANSWERS)[number];

export const PROBE_ANSWER_TEXT: Record<ProbeAnswer, string> = {
  normal: 'Normal, the same as the other side',
  'slightly-reduced': 'Slightly reduced',
  reduced: 'Reduced compared with the other side',
  absent: 'Absent (cannot tell sharp from dull)',
};

export const MODALITIES = ['light-touch', 'pinprick'] as const;
export type Modality = (typeof MODALITIES)[number];

/** One touch of the skin, in the view's SVG coordinates (those of `mapViews[view]`). */
export interface ExaminationProbe {
  view: ViewId;
  /** The side the client believes it touched; when given it must match the figure. */
  side?: SideId;
  x: number;
  y: number;
  modality: Modality;
}

export type ProbeValidation =
  { ok: true; view: ViewId; side: SideId; x: number; y: number; modality: Modality } | { ok: false; reason: string };

/** Upper limit of probes (and of motor and reflex tests) one case accepts. */
export const EXAMINATION_PROBE_LIMIT = 200;

/**
 * Checks a probe that comes from outside: a known view and modality, finite coordinates on the
 * drawn skin, and (if given) the side that is really there. Never throws; the reason says what is wrong.
 */
export function validateProbe(probe: unknown): ProbeValidation {
  if (typeof probe !== 'object' || probe === null) return { ok: false, reason: 'A probe must be an object.' };
  const p = probe as Record<string, unknown>;
  if (typeof p.view !== 'string' || !(VIEW_IDS as readonly string[]).includes(p.view)) {
    return { ok: false, reason: `Unknown view: use one of ${VIEW_IDS.join(', ')}.` };
  }
  if (typeof p.modality !== 'string' || !(MODALITIES as readonly string[]).includes(p.modality)) {
    return { ok: false, reason: `Unknown modality: use one of ${MODALITIES.join(', ')}.` };
  }
  if (typeof p.x !== 'number' || typeof p.y !== 'number' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
    return { ok: false, reason: 'x and y must be finite numbers in the view’s coordinates.' };
  }
  const view = p.view as ViewId;
  const side = sideAt(view, p.x, p.y);
  if (!side) return { ok: false, reason: 'The point lies outside the figure: touch the skin of a leg or the lower trunk.' };
  if (p.side !== undefined && p.side !== side) {
    return { ok: false, reason: `The point lies on the patient’s ${side} side, not the ${String(p.side)}.` };
  }
  return { ok: true, view, side, x: p.x, y: p.y, modality: p.modality as Modality };
}

/** What lies under a point of the skin: the zone (with the neighbour of a band) and the nerve territories. */
export interface SkinSpot {
  side: SideId;
  root: ZoneRootId | null;
  /** The neighbouring root in a transition band or contested area. */
  transition: ZoneRootId | null;
  /** Leaf nerve territories the point lies inside. */
  inside: NerveId[];
  /** Leaf nerve territories whose variable edge covers the point. */
  edges: NerveId[];
}

interface IndexedTerritory {
  nerve: NerveId;
  side: SideId;
  parts: { box: number[]; polygon: FlatPolygon }[];
  edge: { box: number[]; polygon: FlatPolygon }[];
}

const boxOf = (polygon: FlatPolygon): number[] => {
  const ring = polygon[0] ?? [];
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    box[0] = Math.min(box[0]!, ring[i]!);
    box[1] = Math.min(box[1]!, ring[i + 1]!);
    box[2] = Math.max(box[2]!, ring[i]!);
    box[3] = Math.max(box[3]!, ring[i + 1]!);
  }
  return box;
};

const TERRITORIES = new Map<ViewId, IndexedTerritory[]>(
  VIEW_IDS.map((view) => [
    view,
    mapViews[view].nerves.map((t) => ({
      nerve: t.nerve,
      side: t.side,
      parts: t.polygons.map((polygon) => ({ box: boxOf(polygon), polygon })),
      edge: t.edge.map((polygon) => ({ box: boxOf(polygon), polygon })),
    })),
  ]),
);

const inParts = (x: number, y: number, parts: IndexedTerritory['parts']): boolean =>
  parts.some(({ box, polygon }) => x >= box[0]! && x <= box[2]! && y >= box[1]! && y <= box[3]! && pointInPolygon(x, y, polygon));

/** What lies under (view, x, y), or null off the figure. */
export function skinSpot(view: ViewId, x: number, y: number): SkinSpot | null {
  const side = sideAt(view, x, y);
  if (!side) return null;
  const zone = zoneAt(view, x, y);
  const inside: NerveId[] = [];
  const edges: NerveId[] = [];
  for (const t of TERRITORIES.get(view) ?? []) {
    if (t.side !== side) continue;
    if (inParts(x, y, t.parts)) inside.push(t.nerve);
    if (inParts(x, y, t.edge)) edges.push(t.nerve);
  }
  return { side, root: zone?.root ?? null, transition: zone?.transition ?? null, inside, edges };
}

/**
 * The true loss at a spot for a lesion, without the patient's variability: 0 normal, 1 slightly
 * reduced (a transition band, a contested area, the variable edge of a nerve), 2 reduced (a root's
 * own zone: single roots overlap, so they rarely give total loss), 3 absent (the autonomous core of a
 * nerve's territory).
 */
export function lossLevel(lesionId: ExaminationLesionId, lesionSide: SideChoice, spot: SkinSpot): 0 | 1 | 2 | 3 {
  if (!affectsSide(lesionSide, spot.side)) return 0;
  const lesion = examinationLesion(lesionId);
  if (lesion.kind !== 'nerve') {
    const roots = lesion.skinRoots as readonly string[];
    const own = spot.root !== null && roots.includes(spot.root);
    const neighbour = spot.transition !== null && roots.includes(spot.transition);
    if (own && (spot.transition === null || neighbour)) return 2;
    return own || neighbour ? 1 : 0;
  }
  const leaves = lesion.skinNerves;
  const inside = spot.inside.some((n) => leaves.includes(n));
  if (inside) return spot.edges.some((n) => !leaves.includes(n)) ? 2 : 3;
  return spot.edges.some((n) => leaves.includes(n)) ? 1 : 0;
}

/** A number in [0, 1) from a text (cyrb53-style mixing): the patient's variability is deterministic. */
export function unitHash(text: string): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0) * 4294967296 + (h1 >>> 0)) / 18446744073709551616;
}

/** The patient whose answers are asked for: a case, or a lesion and side (with a seed for the variability). */
export interface ExaminationSubject {
  id: string;
  lesion: ExaminationLesionId;
  side: SideChoice;
}

/**
 * The patient's answer to a probe. The loss comes from the geometry of the hidden lesion's skin on
 * the figure; a patient is a little variable where the loss is partial (a transition band may feel
 * normal or reduced, a root's zone may feel only slightly reduced, light touch is spared more often
 * than pinprick), seeded by the case id and the probe's sequence number, so a replay answers the
 * same. Normal skin always answers normal, and the answer never goes against the direction of the
 * truth. Throws for a probe that validateProbe rejects.
 */
export function probeResponse(subject: ExaminationSubject, probe: ExaminationProbe, sequence: number): ProbeAnswer {
  const checked = validateProbe(probe);
  if (!checked.ok) throw new RangeError(checked.reason);
  const spot = skinSpot(checked.view, checked.x, checked.y);
  if (!spot) throw new RangeError('The point lies outside the figure.');
  const level = lossLevel(subject.lesion, subject.side, spot);
  if (level === 0) return 'normal';
  const u = unitHash(`${subject.id}|${sequence}|${checked.modality}|${Math.round(checked.x)},${Math.round(checked.y)}`);
  const touch = checked.modality === 'light-touch';
  if (level === 1) {
    if (u < (touch ? 0.3 : 0.2)) return 'normal';
    if (u > 0.9) return 'reduced';
    return 'slightly-reduced';
  }
  if (level === 2) return u < (touch ? 0.2 : 0.1) ? 'slightly-reduced' : 'reduced';
  return u < (touch ? 0.15 : 0.05) ? 'reduced' : 'absent';
}
