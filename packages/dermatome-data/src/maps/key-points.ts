import type { KeyPoint, RootId, ViewId } from '../types.js';
import { GENERATED_VIEWS } from './geometry.generated.js';
import { distance } from './hit-test.js';

/**
 * How far from a key point (in view units) a click still counts as "on the key point":
 * 30 units is about 2 cm of skin on the drawn limb (1.4 units per mm), the size of a fingertip
 * touch, and at least 10 px on a map drawn 100 px wide.
 */
export const KEY_POINT_TOLERANCE = 30;

const DESCRIPTIONS: Record<RootId, string> = {
  L1: 'Upper front of the thigh, half-way between the middle of the inguinal ligament and the L2 point',
  L2: 'Middle of the front of the thigh, half-way along the line from the middle of the inguinal ligament to the medial femoral condyle',
  L3: 'Medial femoral condyle, just above the knee on its inner side',
  L4: 'Medial malleolus, the bony knob on the inner side of the ankle',
  L5: 'Back (dorsum) of the foot over the third metatarsophalangeal joint',
  S1: 'Lateral side of the heel (lateral calcaneus)',
  S2: 'Middle of the popliteal fossa, the hollow at the back of the knee',
  S3: 'Ischial tuberosity, the sitting bone under the buttock',
  'S4-5': 'Perianal skin, within a centimetre of the anal margin (one point for S4 and S5)',
};

/** The ISNCSCI key sensory points of the leg, as coordinates on the drawn views. */
export const keyPoints: KeyPoint[] = (['anterior', 'posterior'] as const).flatMap((view) =>
  GENERATED_VIEWS[view].keyPoints.map((kp) => ({
    root: kp.root,
    view: kp.view,
    x: kp.x,
    y: kp.y,
    description: DESCRIPTIONS[kp.root],
    source: 'ISNCSCI' as const,
  })),
);

/** The key point of a root (every root L1..S4-5 has exactly one). */
export function keyPointFor(root: RootId): KeyPoint {
  const point = keyPoints.find((kp) => kp.root === root);
  if (!point) throw new Error(`No key point for root ${root}`);
  return point;
}

/** Key points drawn on one view. */
export const keyPointsOnView = (view: ViewId): KeyPoint[] => keyPoints.filter((kp) => kp.view === view);

/** True when (x, y) on `view` is within KEY_POINT_TOLERANCE of the root's key point. */
export function isNearKeyPoint(root: RootId, view: ViewId, x: number, y: number): boolean {
  const point = keyPointFor(root);
  return point.view === view && distance(point, { x, y }) <= KEY_POINT_TOLERANCE;
}
