/**
 * The package's shared vocabulary. Every other module (facts, maps, cards, grading)
 * and both apps speak in these types.
 */

import type { ExaminationLesionId } from './examination/lesions.js';

/** Nerve roots the maps draw. S3 and S4-5 exist for the saddle (red-flag) cards. */
export const ROOT_IDS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'] as const;
export type RootId = (typeof ROOT_IDS)[number];

/** Roots whose mastery the product tracks and shows (L1..S2). */
export const MASTERY_ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
export type MasteryRoot = (typeof MASTERY_ROOTS)[number];

/**
 * Trunk dermatomes drawn above L1 for context (T12's ISNCSCI key point, the middle of the inguinal
 * ligament, defines the L1 point). They are drawn and hit-tested but never taught as cards.
 */
export const TRUNK_ROOT_IDS = ['T10', 'T11', 'T12'] as const;
export type TrunkRootId = (typeof TRUNK_ROOT_IDS)[number];
/** Every root that has a zone on the drawn figure, cranial to caudal. */
export const ZONE_ROOT_IDS = [...TRUNK_ROOT_IDS, ...ROOT_IDS] as const;
export type ZoneRootId = (typeof ZONE_ROOT_IDS)[number];

/**
 * The drawn views: the lower body from the umbilicus down from the front (the patient's Right on
 * the viewer's left) and from behind (the patient's Right on the viewer's right), and both soles
 * (seen from behind the patient: the right sole on the viewer's right).
 */
export const VIEW_IDS = ['anterior', 'posterior', 'plantar'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The patient's side (never the viewer's). */
export const SIDE_IDS = ['right', 'left'] as const;
export type SideId = (typeof SIDE_IDS)[number];
/** One side, or both. */
export type SideChoice = SideId | 'both';

/** What a map shows: the dermatomes, the peripheral-nerve territories, or both overlaid. */
export const MAP_LAYERS = ['dermatomes', 'nerves', 'both'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * Areas that sources assign to different roots: drawn as hatched bands, graded as partial for
 * either root, never tested as settled.
 */
export const CONTESTED_IDS = ['hallux', 'l4-dorsum', 'calf-s1-s2'] as const;
export type ContestedId = (typeof CONTESTED_IDS)[number];

/** Keys into `sources` (see sources.ts): every fact and card names one. */
export type SourceKey =
  | 'BASE_MAP'
  | 'ISNCSCI'
  | 'HARRISON'
  | 'LEE_2008'
  | 'KEEGAN_1948'
  | 'FOERSTER_1933'
  | 'MURPHY_2009'
  | 'ALBERT_2019'
  | 'STATPEARLS_DISC'
  | 'GIRFT_CES'
  | 'BMJ_BP_CES'
  | 'AJEM_CES'
  | 'NERVE_ANATOMY'
  | 'NERVE_TERRITORIES'
  | 'EXAM_TECHNIQUE';

export interface Source {
  key: SourceKey;
  /** Short label shown under an explanation, e.g. "ISNCSCI (Rupp et al. 2021)". */
  label: string;
  /** Full citation. */
  citation: string;
}

/** A value that textbooks disagree on is a range, never a single settled answer. */
export interface RootRange {
  /** Every root that some accepted source gives. */
  roots: RootId[];
  /** The root most sources agree on, when there is one. */
  principal?: RootId;
  note: string;
  sources: SourceKey[];
}

export interface ReflexFact {
  id: 'knee' | 'ankle' | 'medial-hamstring' | 'cremasteric';
  name: string;
  range: RootRange;
  /** The part a card may test as settled. */
  robustFact: string;
}

export interface KeyPoint {
  /** L1..S4-5, and T12 (drawn for the L1 point; no card asks for it). */
  root: ZoneRootId;
  view: ViewId;
  side: SideId;
  x: number;
  y: number;
  /** Where the examiner touches, in words. */
  description: string;
  source: SourceKey;
}

/** Coarse parts of the lower body, for judging whether a root is a plausible answer for a spot on the skin. */
export const BODY_REGIONS = ['perineum', 'buttock', 'groin', 'thigh', 'knee', 'leg', 'foot'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

export interface RootFacts {
  id: RootId;
  /**
   * Every region where some accepted map (the base map, Keegan & Garrett, Foerster, the textbooks that
   * disagree on L4) puts this root's skin. A root whose skin lies nowhere near a spot is no plausible answer.
   */
  skinRegions: BodyRegion[];
  /** The region of the root's ISNCSCI key point. */
  keyPointRegion: BodyRegion;
  zone: { description: string; source: SourceKey };
  keyPoint: { description: string; source: SourceKey };
  keyMuscle: { action: string; muscle: string; source: SourceKey } | null;
  /** Reflex ids whose range includes this root. */
  reflexes: ReflexFact['id'][];
  syndrome: { sensory: string; motor: string; reflex: string; source: SourceKey };
  /** The story that usually comes with a lesion of this root (the history row of a comparison with a nerve). */
  history: { description: string; source: SourceKey };
  discLevels: {
    /** Levels whose posterolateral (paracentral) herniation compresses this root, e.g. ["L4-5"]. */
    posterolateral: string[];
    /** Levels whose far-lateral (foraminal) herniation compresses this root. */
    farLateral: string[];
    source: SourceKey;
  };
  /** Peripheral nerves whose skin overlaps this root's zone. */
  overlappingNerves: NerveId[];
}

export type NerveId =
  | 'ilioinguinal'
  | 'genitofemoral'
  | 'lateral-femoral-cutaneous'
  | 'femoral'
  | 'obturator'
  | 'saphenous'
  | 'common-fibular'
  | 'superficial-fibular'
  | 'deep-fibular'
  | 'sural'
  | 'tibial-tarsal-tunnel'
  | 'medial-calcaneal'
  | 'medial-plantar'
  | 'lateral-plantar'
  | 'posterior-femoral-cutaneous'
  | 'sciatic'
  | 'pudendal';

export interface NerveFacts {
  id: NerveId;
  name: string;
  /**
   * The nerve this one branches from, among the nerves the package knows (e.g. the deep fibular nerve's
   * parent is the common fibular nerve, whose parent is the sciatic nerve); null for a nerve of its own.
   */
  parent: NerveId | null;
  roots: RootId[];
  skin: string;
  /** Empty when the nerve is purely sensory. */
  motor: string[];
  reflex: string | null;
  purelySensory: boolean;
  /** What tells a lesion of this nerve apart from the root(s) it resembles. */
  distinguishingFeatures: string;
  /**
   * The one finding that decides between this nerve and the root(s) whose skin it shares, in one line
   * (a caption beside a map that shows both). It names only the roots the nerve is mistaken for.
   */
  decidingFinding: string;
  typicalCauses: string[];
  source: SourceKey;
}

export const CARD_TYPES = [
  'zone',
  'locate',
  'key-point',
  'myotome-reflex',
  'vignette',
  'peripheral',
  'disc-level',
  'red-flag',
  'examination',
  'examination-case',
] as const;
export type CardType = (typeof CARD_TYPES)[number];

/** Sub-decks of the built-in deck; every card lives in exactly one. */
export const SUBDECK_IDS = [
  'maps',
  'myotomes-reflexes',
  'disc-levels',
  'vignettes',
  'peripheral-nerves',
  'red-flags',
  'examination',
  'examination-cases',
] as const;
export type SubdeckId = (typeof SUBDECK_IDS)[number];
export const BUILT_IN_DECK_ID = 'dermatomes-of-the-leg';
export type DeckId = typeof BUILT_IN_DECK_ID | SubdeckId;

export interface Deck {
  id: DeckId;
  title: string;
  description: string;
  parentId: DeckId | null;
}

/** What the card shows on a map, if anything. */
export interface CardMap {
  view: ViewId;
  /** Dermatome zones shaded on the question side. */
  highlight: RootId[];
  /** Nerve territories shaded on the question side (a compound nerve shades all its branches). */
  highlightNerves?: NerveId[];
  /** The side(s) the shading is drawn on; default both. */
  side?: SideChoice;
  /** The layer drawn; default 'dermatomes', or 'nerves' when only nerves are shaded. */
  layer?: MapLayer;
  /** A point marked on the question side (key-point cards). */
  markPoint?: { x: number; y: number };
}

/** Where a click card's answer lies: a root's zone, a root's key point, or a nerve's territory. */
export type ClickTarget = { zone: RootId } | { keyPoint: RootId } | { nerve: NerveId };

export interface ChoiceOption {
  id: string;
  text: string;
}

export type CardAnswer =
  /** Multiple choice: exactly one option is right. */
  | { kind: 'choice'; options: ChoiceOption[]; correctOptionId: string }
  /**
   * Click on the map: on a zone, near a root's ISNCSCI key point, or on a nerve's territory; on the
   * given side of the patient only, or on either side when `side` is absent.
   */
  | { kind: 'click'; view: ViewId; target: ClickTarget; side?: SideId }
  /** Flip card: the learner recalls, then rates. */
  | { kind: 'flip'; back: string }
  /**
   * Examination case: the learner examines a simulated patient (src/examination) and names the
   * lesion and its side. The case's id equals the card's id.
   */
  | { kind: 'examination'; lesion: ExaminationLesionId; side: SideChoice };

/**
 * A card as it is authored or generated. Its `id` is a readable, stable name: a change of wording
 * keeps it, a change of answer needs a new one. The bank turns drafts into cards.
 */
export interface CardDraft {
  /** Readable stable name, e.g. "zone:anterior:L5" (it may name the answer: it never leaves the server). */
  id: string;
  type: CardType;
  deck: SubdeckId;
  /** Roots this card counts towards for mastery (may include S3/S4-5 for saddle cards). */
  roots: RootId[];
  prompt: string;
  map: CardMap | null;
  answer: CardAnswer;
  /** Names the finding that decides. */
  explanation: string;
  source: SourceKey;
  /** Estimated difficulty, 0 (easy) .. 1 (hard). */
  difficulty: number;
  /** A short answer text for flip-side display and exports, e.g. "L5". */
  answerText: string;
  /** Structured findings of a case card (vignette, peripheral, red-flag), checked against the facts. */
  findings?: CaseFindings;
}

/**
 * A card of the bank. Its `id` is opaque (derived from the draft's readable name, so just as
 * stable) because ids travel to the browser with the question: they must not give the answer away.
 */
export interface Card extends Omit<CardDraft, 'id'> {
  id: string;
  /** The readable stable name the card was authored under. */
  key: string;
}

export type ReflexState = 'normal' | 'reduced' | 'absent' | 'brisk';

/** The findings a case is built from; tests check them against the facts. */
export interface CaseFindings {
  age: number;
  sex: 'female' | 'male';
  /** Roots whose skin the sensory change covers, or the nerve whose territory it covers. */
  sensoryPattern: { roots?: RootId[]; nerve?: NerveId; saddle?: boolean };
  /** Muscle actions reported weak; empty when power is normal. */
  weakActions: string[];
  reflexes: Partial<Record<ReflexFact['id'], ReflexState>>;
  /** Bladder, bowel or sexual symptoms (red-flag cases). */
  sphincter?: string[];
  bilateral?: boolean;
}

/** What may be sent to a learner before they answer: everything but the answer. */
export interface CardFace {
  id: string;
  type: CardType;
  deck: SubdeckId;
  prompt: string;
  map: FaceMap | null;
  answerKind: CardAnswer['kind'];
  /** Only for choice cards; order as authored. */
  options: ChoiceOption[] | null;
  /** Only for click cards: the view to click on. */
  clickView: ViewId | null;
}

/**
 * The map of a question: what to shade is given as indexes into `mapViews[view].zones` and
 * `mapViews[view].nerves` (each entry one root's or one nerve's area on one side), never as
 * names, so that nothing in the payload names the answer.
 */
export interface FaceMap {
  view: ViewId;
  layer: MapLayer;
  shade: number[];
  shadeNerves: number[];
  markPoint?: { x: number; y: number };
}

/** The labelled map of the answer side: the layer, the side(s), what to shade and a caption. */
export interface AnswerMap {
  view: ViewId;
  layer: MapLayer;
  /** The side the shading is drawn on. */
  side: SideChoice;
  highlight: RootId[];
  highlightNerves: NerveId[];
  keyPoints: RootId[];
  /** One line saying what is shown (and, on root-versus-nerve cards, the difference). */
  caption: string;
}

/** A learner's answer. */
export type LearnerAnswer =
  | { optionId: string }
  | { view: ViewId; x: number; y: number }
  /** The lesion named after an examination, and its side ('both' for a bilateral lesion). */
  | { lesion: string; side: string };

export type ExpectedAnswer =
  | { kind: 'choice'; optionId: string; text: string }
  | {
      kind: 'click';
      view: ViewId;
      /** The root of a zone or key-point target. */
      root?: RootId;
      /** The nerve of a territory target. */
      nerve?: NerveId;
      /** The side asked for, when the card names one. */
      side?: SideId;
      point: { x: number; y: number } | null;
    }
  | { kind: 'flip'; text: string }
  | { kind: 'examination'; lesion: ExaminationLesionId; side: SideChoice; text: string };

export interface Grade {
  correct: boolean;
  partial: boolean;
  expected: ExpectedAnswer;
}

/** Result of hit-testing a point on the dermatome layer. */
export interface ZoneHit {
  root: ZoneRootId;
  side: SideId;
  /**
   * The other root when the point lies in a transition band or a contested area (either root is
   * partly right there), else null.
   */
  transition: ZoneRootId | null;
  /** The contested area the point lies in, if any. */
  contested: ContestedId | null;
}

/** Result of hit-testing a point on the nerve layer: the most specific (leaf) territory. */
export interface NerveHit {
  nerve: NerveId;
  side: SideId;
  /** True in the territory's variable edge (it differs between people there). */
  edge: boolean;
}
