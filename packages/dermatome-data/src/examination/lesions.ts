import { nerveById, NERVE_IDS } from '../facts/nerves.js';
import { territoryNerves } from '../maps/nerves.js';
import type { NerveId, RootId, SideChoice, SideId } from '../types.js';

/** The roots a root case can hide, in cranio-caudal order. */
export const EXAMINATION_ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
export type ExaminationRoot = (typeof EXAMINATION_ROOTS)[number];

/** The two bilateral lesions: the S3-S5 saddle alone, and a cauda equina syndrome (saddle plus both legs). */
export const SADDLE_LESION = 'S3-S5' as const;
export const CAUDA_EQUINA_LESION = 'cauda-equina' as const;

/** Every lesion a case can hide: a root, the saddle, the cauda equina, or a nerve of the nerve layer. */
export type ExaminationLesionId = ExaminationRoot | typeof SADDLE_LESION | typeof CAUDA_EQUINA_LESION | NerveId;

export const EXAMINATION_LESION_IDS: readonly ExaminationLesionId[] = [
  ...EXAMINATION_ROOTS,
  SADDLE_LESION,
  CAUDA_EQUINA_LESION,
  ...NERVE_IDS,
];

export type ExaminationLesionKind = 'root' | 'saddle' | 'cauda-equina' | 'nerve';

export interface ExaminationLesion {
  id: ExaminationLesionId;
  kind: ExaminationLesionKind;
  /** Human name, e.g. "L5 root", "Sural nerve", "Cauda equina syndrome". */
  name: string;
  /** Roots whose dermatome the lesion numbs (root, saddle and cauda equina lesions). */
  skinRoots: RootId[];
  /** Leaf nerve territories the lesion numbs (nerve lesions). */
  skinNerves: NerveId[];
  /** Roots the lesion's mastery counts for (a nerve counts for its roots). */
  masteryRoots: RootId[];
  /** The only side answer that is right: 'both' for the bilateral lesions, else one side. */
  bilateral: boolean;
}

export function isExaminationLesionId(value: unknown): value is ExaminationLesionId {
  return typeof value === 'string' && (EXAMINATION_LESION_IDS as readonly string[]).includes(value);
}

function build(id: ExaminationLesionId): ExaminationLesion {
  if ((EXAMINATION_ROOTS as readonly string[]).includes(id)) {
    const root = id as ExaminationRoot;
    return {
      id,
      kind: 'root',
      name: `${root} root`,
      skinRoots: [root],
      skinNerves: [],
      masteryRoots: [root],
      bilateral: false,
    };
  }
  if (id === SADDLE_LESION) {
    return {
      id,
      kind: 'saddle',
      name: 'S3-S5 roots (saddle)',
      skinRoots: ['S3', 'S4-5'],
      skinNerves: [],
      masteryRoots: ['S3', 'S4-5'],
      bilateral: true,
    };
  }
  if (id === CAUDA_EQUINA_LESION) {
    return {
      id,
      kind: 'cauda-equina',
      name: 'Cauda equina syndrome',
      skinRoots: ['S1', 'S2', 'S3', 'S4-5'],
      skinNerves: [],
      masteryRoots: ['S1', 'S2', 'S3', 'S4-5'],
      bilateral: true,
    };
  }
  const nerve = nerveById(id as NerveId);
  return {
    id,
    kind: 'nerve',
    name: nerve.name,
    skinRoots: [],
    skinNerves: territoryNerves(nerve.id),
    masteryRoots: [...nerve.roots],
    bilateral: false,
  };
}

const LESIONS = new Map<ExaminationLesionId, ExaminationLesion>(EXAMINATION_LESION_IDS.map((id) => [id, build(id)]));

/** The facts of a lesion the examination can hide. Throws for an unknown id. */
export function examinationLesion(id: ExaminationLesionId): ExaminationLesion {
  const lesion = LESIONS.get(id);
  if (!lesion) throw new Error(`unknown examination lesion ${String(id)}`);
  return lesion;
}

/** Every lesion, in the order of EXAMINATION_LESION_IDS. */
export const EXAMINATION_LESIONS: readonly ExaminationLesion[] = EXAMINATION_LESION_IDS.map((id) => examinationLesion(id));

/** The sides a lesion can be on: both for a bilateral lesion, else right and left. */
export const lesionSides = (id: ExaminationLesionId): SideChoice[] =>
  examinationLesion(id).bilateral ? ['both'] : ['right', 'left'];

/** True when a lesion on `lesionSide` involves the patient's `side`. */
export const affectsSide = (lesionSide: SideChoice, side: SideId): boolean => lesionSide === 'both' || lesionSide === side;
