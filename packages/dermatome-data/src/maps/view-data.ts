import { VIEW_IDS, type SideId, type ViewId } from '../types.js';
import { GENERATED_VIEWS } from './geometry.generated.js';
import type { FlatPolygon, FlatRing, GeneratedViewData } from './types.js';

/**
 * The drawn data of every view with both sides. The generated file stores the patient's right
 * side only; the left is its mirror image about the view's vertical midline (x -> width - x),
 * so the two sides are exactly symmetric and the data shipped to the browser is half the size.
 */
export interface ViewData extends Omit<GeneratedViewData, 'sides'> {
  sides: { side: SideId; outline: FlatPolygon[]; label: number[] }[];
  /** Both sides' skin (the two halves meet along the midline on the front and back views). */
  outline: FlatPolygon[];
}

function mirrorView(data: GeneratedViewData): ViewData {
  const mx = (x: number): number => Math.round((data.width - x) * 10) / 10;
  const ring = (r: FlatRing): FlatRing => {
    const out: number[] = [];
    // reversed, so that each ring keeps its orientation after the reflection
    for (let i = r.length - 2; i >= 0; i -= 2) out.push(mx(r[i]!), r[i + 1]!);
    return out;
  };
  const polygons = (list: FlatPolygon[]): FlatPolygon[] => list.map((polygon) => polygon.map(ring));
  const spot = (s: number[]): number[] => s.map((v, i) => (i % 2 === 0 ? mx(v) : v));
  const right = data.sides[0]!;
  const left = { side: 'left' as const, outline: polygons(right.outline), label: spot(right.label) };
  return {
    ...data,
    sides: [right, left],
    outline: [...right.outline, ...left.outline],
    zones: [
      ...data.zones,
      ...data.zones.map((z) => ({ ...z, side: 'left' as const, polygons: polygons(z.polygons), labels: z.labels.map(spot) })),
    ],
    bands: [...data.bands, ...data.bands.map((b) => ({ ...b, side: 'left' as const, polygons: polygons(b.polygons) }))],
    contested: [
      ...data.contested,
      ...data.contested.map((c) => ({ ...c, side: 'left' as const, polygons: polygons(c.polygons) })),
    ],
    nerves: [
      ...data.nerves,
      ...data.nerves.map((t) => ({
        ...t,
        side: 'left' as const,
        polygons: polygons(t.polygons),
        edge: polygons(t.edge),
        labels: t.labels.map(spot),
      })),
    ],
    keyPoints: [...data.keyPoints, ...data.keyPoints.map((k) => ({ ...k, side: 'left' as const, x: mx(k.x) }))],
  };
}

export const VIEW_DATA: Record<ViewId, ViewData> = Object.fromEntries(
  VIEW_IDS.map((id) => [id, mirrorView(GENERATED_VIEWS[id])]),
) as Record<ViewId, ViewData>;
