import type { BodyRegion, RootFacts, RootId } from '../types.js';

/** Lumbar and sacral roots in cranio-caudal order, with the disc level above and below each. */
const ROOT_ORDER: readonly RootId[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'];

/**
 * The disc between vertebra `root` and the next one down (e.g. L4 -> "L4-5", L5 -> "L5-S1").
 * Sacral roots below the lumbosacral disc have no disc of their own (the sacrum is fused).
 */
export function discBelow(root: RootId): string | null {
  switch (root) {
    case 'L1':
      return 'L1-2';
    case 'L2':
      return 'L2-3';
    case 'L3':
      return 'L3-4';
    case 'L4':
      return 'L4-5';
    case 'L5':
      return 'L5-S1';
    default:
      return null;
  }
}

/** The disc just above the root's own vertebra (e.g. L5 -> "L4-5", S1 -> "L5-S1"). */
export function discAbove(root: RootId): string | null {
  switch (root) {
    case 'L1':
      return 'T12-L1';
    case 'S1':
      return 'L5-S1';
    case 'S2':
    case 'S3':
    case 'S4-5':
      return null;
    default: {
      const above = ROOT_ORDER[ROOT_ORDER.indexOf(root) - 1];
      return above ? discBelow(above) : null;
    }
  }
}

export const DISC_LEVELS = ['L1-2', 'L2-3', 'L3-4', 'L4-5', 'L5-S1'] as const;
export type DiscLevel = (typeof DISC_LEVELS)[number];
export type HerniationKind = 'posterolateral' | 'far-lateral';

/**
 * Section 5's rule. A posterolateral (paracentral) disc catches the TRAVERSING root, the one that exits
 * one level lower; a far-lateral (foraminal) disc catches the EXITING root of its own level.
 */
export function rootCompressedBy(level: string, kind: HerniationKind): RootId | null {
  const field = kind === 'posterolateral' ? 'posterolateral' : 'farLateral';
  return roots.find((r) => r.discLevels[field].includes(level))?.id ?? null;
}

/** The root that exits through the foramen at this disc level (the far-lateral target). */
export function exitingRoot(level: string): RootId | null {
  return rootCompressedBy(level, 'far-lateral');
}

/** The root that crosses this disc level to exit one level lower (the posterolateral target). */
export function traversingRoot(level: string): RootId | null {
  return rootCompressedBy(level, 'posterolateral');
}

function discLevelsOf(root: RootId): RootFacts['discLevels'] {
  const above = discAbove(root);
  const below = discBelow(root);
  return {
    posterolateral: above ? [above] : [],
    farLateral: below ? [below] : [],
    source: 'STATPEARLS_DISC',
  };
}

/** Regions that share a border on the skin. */
const REGION_BORDERS: readonly (readonly [BodyRegion, BodyRegion])[] = [
  ['perineum', 'buttock'],
  ['perineum', 'groin'],
  ['groin', 'thigh'],
  ['buttock', 'thigh'],
  ['thigh', 'knee'],
  ['knee', 'leg'],
  ['leg', 'foot'],
];

/** 0 when the regions are the same, 1 when they share a border, 2 otherwise. */
export function regionDistance(a: BodyRegion, b: BodyRegion): 0 | 1 | 2 {
  if (a === b) return 0;
  return REGION_BORDERS.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 1 : 2;
}

/**
 * How near some accepted map puts `candidate`'s skin to `root`'s key point: 0 in its region, 1 next to it,
 * 2 nowhere near (then the candidate is no plausible answer for that spot).
 */
export function skinDistanceToKeyPoint(root: RootId, candidate: RootId): 0 | 1 | 2 {
  const region = rootById(root).keyPointRegion;
  return Math.min(...rootById(candidate).skinRegions.map((r) => regionDistance(region, r))) as 0 | 1 | 2;
}

export const roots: RootFacts[] = [
  {
    id: 'L1',
    // The L1 band wraps round from the spine over the top of the buttock.
    skinRegions: ['groin', 'thigh', 'buttock'],
    keyPointRegion: 'thigh',
    zone: { description: 'Groin (inguinal region) and upper medial thigh', source: 'BASE_MAP' },
    keyPoint: {
      description:
        'Upper anterior thigh, half-way between the midpoint of the inguinal ligament (the T12 point) and the L2 point',
      source: 'ISNCSCI',
    },
    keyMuscle: null,
    reflexes: ['cremasteric'],
    syndrome: {
      sensory: 'Pain or numbness in the groin and upper inner thigh',
      motor: 'No ISNCSCI key muscle; leg power is usually normal',
      reflex: 'No tendon reflex; the cremasteric reflex (L1-L2) may be reduced',
      source: 'BASE_MAP',
    },
    history: {
      description:
        'Groin pain or numbness, sometimes with back pain; a disc seldom causes it, since about 95% of lumbar herniations are at L4-5 or L5-S1',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('L1'),
    overlappingNerves: ['ilioinguinal', 'genitofemoral'],
  },
  {
    id: 'L2',
    skinRegions: ['thigh'],
    keyPointRegion: 'thigh',
    zone: { description: 'Mid-anterior thigh', source: 'BASE_MAP' },
    keyPoint: {
      description:
        'Middle of the anterior thigh, half-way along a line from the midpoint of the inguinal ligament to the medial femoral condyle',
      source: 'ISNCSCI',
    },
    keyMuscle: { action: 'Hip flexion', muscle: 'iliopsoas', source: 'ISNCSCI' },
    reflexes: ['cremasteric', 'knee'],
    syndrome: {
      sensory: 'Numbness over the upper and middle anterior thigh',
      motor: 'Weak hip flexion',
      reflex: 'Usually no clear reflex change (the cremasteric reflex is L1-L2; only some sources put L2 in the knee jerk)',
      source: 'HARRISON',
    },
    history: {
      description:
        'Back pain spreading into the front of the thigh; an upper lumbar disc is an uncommon cause, since about 95% of lumbar herniations are at L4-5 or L5-S1',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('L2'),
    overlappingNerves: ['lateral-femoral-cutaneous', 'femoral', 'obturator'],
  },
  {
    id: 'L3',
    skinRegions: ['thigh', 'knee'],
    keyPointRegion: 'knee',
    zone: { description: 'Lower anterior thigh and the front and inner side of the knee', source: 'BASE_MAP' },
    keyPoint: { description: 'Over the medial femoral condyle, just above the knee', source: 'ISNCSCI' },
    keyMuscle: { action: 'Knee extension', muscle: 'quadriceps', source: 'ISNCSCI' },
    reflexes: ['knee'],
    syndrome: {
      sensory: 'Numbness over the lower anterior thigh and the medial knee',
      motor: 'Weak knee extension and hip adduction; the femoral stretch test is often positive',
      reflex: 'Knee jerk reduced',
      source: 'HARRISON',
    },
    history: {
      description:
        'Back pain spreading over the front of the thigh to the knee, often with a positive femoral stretch test; from an L2-3 disc, or a far-lateral L3-4 disc',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('L3'),
    overlappingNerves: ['femoral', 'obturator', 'saphenous', 'lateral-femoral-cutaneous'],
  },
  {
    id: 'L4',
    // Some textbooks run L4 from the lateral thigh to the great toe (reference section 1).
    skinRegions: ['thigh', 'knee', 'leg', 'foot'],
    keyPointRegion: 'foot',
    zone: { description: 'Medial lower leg down to and around the medial malleolus', source: 'BASE_MAP' },
    keyPoint: { description: 'Over the medial malleolus', source: 'ISNCSCI' },
    keyMuscle: { action: 'Ankle dorsiflexion', muscle: 'tibialis anterior', source: 'ISNCSCI' },
    reflexes: ['knee'],
    syndrome: {
      sensory: 'Numbness along the medial leg down to the medial malleolus',
      motor: 'Weak knee extension, sometimes weak ankle dorsiflexion and inversion',
      reflex: 'Knee jerk reduced',
      source: 'HARRISON',
    },
    history: {
      description:
        'Back pain spreading over the front of the thigh and knee to the inner shin; from an L3-4 disc, or a far-lateral L4-5 disc',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('L4'),
    overlappingNerves: ['saphenous', 'femoral'],
  },
  {
    id: 'L5',
    skinRegions: ['leg', 'foot'],
    keyPointRegion: 'foot',
    zone: { description: 'Lateral lower leg and the dorsum of the foot', source: 'BASE_MAP' },
    keyPoint: { description: 'Dorsum of the foot over the third metatarsophalangeal joint', source: 'ISNCSCI' },
    keyMuscle: { action: 'Long toe extension', muscle: 'extensor hallucis longus', source: 'ISNCSCI' },
    reflexes: ['medial-hamstring'],
    syndrome: {
      sensory: 'Numbness of the lateral leg and the dorsum of the foot',
      motor:
        'Weak great-toe extension and ankle dorsiflexion (heel walking is hard), and also weak foot inversion and hip abduction',
      reflex: 'Knee and ankle jerks normal; only the medial hamstring reflex may be reduced',
      source: 'HARRISON',
    },
    history: {
      description:
        'Back pain running down the outer leg to the top of the foot (sciatica); an L4-5 disc is the usual cause, or a far-lateral L5-S1 disc',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('L5'),
    // Charts differ on the sole: several give its medial part to L5, and the medial plantar nerve carries L4-L5
    // fibres, so its territory can pass for L5 as well as for S1 (the base map's sole).
    overlappingNerves: ['common-fibular', 'superficial-fibular', 'deep-fibular', 'sciatic', 'medial-plantar'],
  },
  {
    id: 'S1',
    // Where S1 and S2 meet on the back of the calf is contested.
    skinRegions: ['leg', 'foot'],
    keyPointRegion: 'foot',
    zone: { description: 'Lateral foot, heel and sole', source: 'BASE_MAP' },
    keyPoint: { description: 'Lateral side of the heel (lateral calcaneus)', source: 'ISNCSCI' },
    keyMuscle: { action: 'Ankle plantar flexion', muscle: 'gastrocnemius and soleus', source: 'ISNCSCI' },
    reflexes: ['ankle'],
    syndrome: {
      sensory: 'Numbness of the lateral foot, heel and sole',
      motor: 'Weak ankle plantar flexion: cannot walk on tiptoe or do a single-leg heel raise',
      reflex: 'Ankle jerk reduced or absent',
      source: 'HARRISON',
    },
    history: {
      description:
        'Back pain running down the back of the leg to the outer foot and sole (sciatica); an L5-S1 disc is the usual cause',
      source: 'STATPEARLS_DISC',
    },
    discLevels: discLevelsOf('S1'),
    overlappingNerves: ['sural', 'tibial-tarsal-tunnel', 'medial-calcaneal', 'lateral-plantar', 'medial-plantar', 'sciatic'],
  },
  {
    id: 'S2',
    // Some sources put S2 in the saddle (S2-S5).
    skinRegions: ['thigh', 'knee', 'leg', 'perineum'],
    keyPointRegion: 'knee',
    zone: {
      description: 'A strip down the back of the thigh and calf, including the popliteal fossa',
      source: 'BASE_MAP',
    },
    keyPoint: { description: 'Centre of the popliteal fossa', source: 'ISNCSCI' },
    keyMuscle: null,
    reflexes: ['ankle'],
    syndrome: {
      sensory: 'Numbness in a strip down the back of the thigh and calf, popliteal fossa included',
      motor: 'No ISNCSCI key muscle; an isolated lesion seldom causes weakness you can measure',
      reflex: 'The ankle jerk may be reduced (some sources give it S1-S2)',
      source: 'BASE_MAP',
    },
    history: {
      description:
        'Pain down the back of the thigh and calf; S2 numbness together with saddle numbness or new bladder or bowel change is cauda equina until an MRI says otherwise',
      source: 'GIRFT_CES',
    },
    discLevels: discLevelsOf('S2'),
    overlappingNerves: ['posterior-femoral-cutaneous'],
  },
  {
    id: 'S3',
    skinRegions: ['buttock', 'perineum'],
    keyPointRegion: 'buttock',
    zone: { description: 'Buttock over the ischial tuberosity, the outer ring of the saddle', source: 'BASE_MAP' },
    keyPoint: { description: 'Over the ischial tuberosity (some versions: the infragluteal fold)', source: 'ISNCSCI' },
    keyMuscle: null,
    reflexes: [],
    syndrome: {
      sensory: 'Numbness over the lower buttock next to the ischial tuberosity (part of the saddle)',
      motor: 'No leg muscle; with S2 and S4 it serves bladder, bowel and sexual function',
      reflex: 'No limb reflex',
      source: 'BMJ_BP_CES',
    },
    history: {
      description:
        'Numbness of the buttock next to the ischial tuberosity, as part of saddle numbness; with new bladder, bowel or sexual change it is suspected cauda equina syndrome, an emergency',
      source: 'GIRFT_CES',
    },
    discLevels: discLevelsOf('S3'),
    overlappingNerves: ['posterior-femoral-cutaneous', 'pudendal'],
  },
  {
    id: 'S4-5',
    skinRegions: ['perineum'],
    keyPointRegion: 'perineum',
    zone: { description: 'Perianal skin, the innermost ring of the saddle', source: 'BASE_MAP' },
    keyPoint: {
      description: 'Perianal skin within 1 cm of the mucocutaneous junction, scored as a single level',
      source: 'ISNCSCI',
    },
    keyMuscle: null,
    reflexes: [],
    syndrome: {
      sensory: 'Perianal (saddle) numbness',
      motor: 'No leg muscle; the external anal sphincter, so anal tone may be reduced',
      reflex: 'No limb reflex; saddle numbness with new bladder or bowel change means suspected cauda equina syndrome',
      source: 'GIRFT_CES',
    },
    history: {
      description:
        'Perianal numbness, often with new urinary retention, incontinence or loss of anal tone: suspected cauda equina syndrome, an emergency needing an MRI within hours',
      source: 'GIRFT_CES',
    },
    discLevels: discLevelsOf('S4-5'),
    overlappingNerves: ['pudendal'],
  },
];

export function rootById(id: RootId): RootFacts {
  const root = roots.find((r) => r.id === id);
  if (!root) throw new Error(`unknown root ${id}`);
  return root;
}

/** Position in the cranio-caudal order; neighbouring roots differ by one. */
export function rootIndex(id: RootId): number {
  return ROOT_ORDER.indexOf(id);
}

export { ROOT_ORDER };
