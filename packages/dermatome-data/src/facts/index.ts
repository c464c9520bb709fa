export {
  roots,
  rootById,
  rootIndex,
  ROOT_ORDER,
  discAbove,
  discBelow,
  rootCompressedBy,
  exitingRoot,
  traversingRoot,
  DISC_LEVELS,
  regionDistance,
  skinDistanceToKeyPoint,
} from './roots.js';
export type { DiscLevel, HerniationKind } from './roots.js';
export { nerves, nerveById, isNerveId, NERVE_IDS } from './nerves.js';
export { reflexes, reflexById, acceptedRootsOf } from './reflexes.js';
