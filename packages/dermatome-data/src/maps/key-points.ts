import { VIEW_IDS, type KeyPoint, type RootId, type SideId, type ViewId, type ZoneRootId } from '../types.js';
import { VIEW_DATA } from './view-data.js';
import { distance } from './hit-test.js';

/**
 * How far from a key point (in view units) a click still counts as "on the key point":
 * 30 units is about 2 cm of skin on the drawn body (1.4 units per mm), the size of a fingertip
 * touch, and at least 10 px on a map drawn 200 px wide.
 */
export const KEY_POINT_TOLERANCE = 30;

const DESCRIPTIONS: Partial<Record<ZoneRootId, string>> = {
  T12: 'Middle of the inguinal ligament, half-way between the anterior superior iliac spine and the pubic tubercle',
  L1: 'Upper front of the thigh, half-way between the middle of the inguinal ligament and the L2 point',
  L2: 'Middle of the front of the thigh, half-way along the line from the middle of the inguinal ligament to the medial femoral condyle',
  L3: 'Medial femoral condyle, just above the knee on its inner side',
  L4: 'Medial malleolus, the bony knob on the inner side of the ankle',
  L5: 'Top of the foot over the base of the third toe (the third MTP joint)',
  S1: 'Lateral side of the heel (lateral calcaneus)',
  S2: 'Middle of the popliteal fossa, the hollow at the back of the knee',
  S3: 'Ischial tuberosity, the sitting bone under the buttock',
  'S4-5': 'Perianal skin, within a centimetre of the anal margin (one point for S4 and S5)',
};

/** The ISNCSCI key sensory points (T12, L1..S4-5) on both sides, as coordinates on the drawn views. */
export const keyPoints: KeyPoint[] = VIEW_IDS.flatMap((view) =>
  VIEW_DATA[view].keyPoints.map((kp) => ({
    root: kp.root,
    view: kp.view,
    side: kp.side,
    x: kp.x,
    y: kp.y,
    description: DESCRIPTIONS[kp.root] ?? kp.root,
    source: 'ISNCSCI' as const,
  })),
);

/** The key point of a root on one side (the right by default); every root L1..S4-5 has one per side. */
export function keyPointFor(root: ZoneRootId, side: SideId = 'right'): KeyPoint {
  const point = keyPoints.find((kp) => kp.root === root && kp.side === side);
  if (!point) throw new Error(`No key point for root ${root}`);
  return point;
}

/** Key points drawn on one view (both sides, or one). */
export const keyPointsOnView = (view: ViewId, side?: SideId): KeyPoint[] =>
  keyPoints.filter((kp) => kp.view === view && (!side || kp.side === side));

/**
 * True when (x, y) on `view` is within KEY_POINT_TOLERANCE of the root's key point on the given
 * side, or on either side when none is given. Never throws.
 */
export function isNearKeyPoint(root: RootId, view: ViewId, x: number, y: number, side?: SideId): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return keyPoints.some(
    (kp) => kp.root === root && kp.view === view && (!side || kp.side === side) && distance(kp, { x, y }) <= KEY_POINT_TOLERANCE,
  );
}
