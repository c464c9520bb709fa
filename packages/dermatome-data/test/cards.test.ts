/**
 * Guards the clinical correctness of the WHOLE card bank (generated and authored): every answer must
 * agree with the facts of shared/reference/dermatomes.md, and the bank must cover what issue 3 asks.
 */
import {
  CARD_TYPES,
  MASTERY_ROOTS,
  ROOT_IDS,
  SUBDECK_IDS,
  type Card,
  type CardType,
  type BodyRegion,
  type CaseFindings,
  type NerveId,
  type ReflexFact,
  type RootId,
  type SubdeckId,
} from '../src/types.js';
import { answerMap, cardNerve, cards, cardById, cardByKey, opaqueCardId, toCardFace } from '../src/cards/index.js';
import { generatedCards } from '../src/cards/generated.js';
import { sources } from '../src/sources.js';
import { isNerveId, nerves, reflexes, regionDistance, rootById } from '../src/facts/index.js';
import { keyPoints, mapViews, territoryNerves, zoneAt } from '../src/maps/index.js';

type ChoiceCard = Card & { answer: Extract<Card['answer'], { kind: 'choice' }> };
type ClickCard = Card & { answer: Extract<Card['answer'], { kind: 'click' }> };
type CaseCard = ChoiceCard & { findings: CaseFindings };

const choiceCards = cards.filter((c): c is ChoiceCard => c.answer.kind === 'choice');
const clickCards = cards.filter((c): c is ClickCard => c.answer.kind === 'click');
const caseCards = choiceCards.filter((c): c is CaseCard => c.findings !== undefined);
const NERVE_IDS = nerves.map((n) => n.id);

const isRoot = (value: string): value is RootId => (ROOT_IDS as readonly string[]).includes(value);
const isNerve = (value: string): value is NerveId => (NERVE_IDS as readonly string[]).includes(value);
const correctOf = (card: ChoiceCard): string => card.answer.correctOptionId;
const wrongOptionsOf = (card: ChoiceCard): string[] =>
  card.answer.options.map((o) => o.id).filter((id) => id !== card.answer.correctOptionId);
const isDown = (state: string | undefined): boolean => state === 'reduced' || state === 'absent';
const rangeOf = (id: ReflexFact['id']): RootId[] => reflexes.find((r) => r.id === id)?.range.roots ?? [];

/** Expands an option id that names roots ("L5", "L3-L4", "S2-S4", "S4-5") into root ids; null if it is not one. */
const SEGMENTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4', 'S5'];
function rootsNamedBy(optionId: string): RootId[] | null {
  if (isRoot(optionId)) return [optionId];
  const match = /^([LS][1-5])-([LS][1-5])$/.exec(optionId);
  if (!match) return null;
  const from = SEGMENTS.indexOf(match[1] ?? '');
  const to = SEGMENTS.indexOf(match[2] ?? '');
  if (from < 0 || to < from) return null;
  const named = SEGMENTS.slice(from, to + 1).map((s) => (s === 'S4' || s === 'S5' ? 'S4-5' : s));
  return [...new Set(named)] as RootId[];
}

/** Fails with the card id in the message, so a broken card is named at once. */
function check(condition: boolean, card: Card, message: string): void {
  if (!condition) throw new Error(`card ${card.key}: ${message}`);
}

describe('every card', () => {
  it('has a unique, whitespace-free id', () => {
    const ids = cards.map((c) => c.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    for (const card of cards) check(/^\S+$/.test(card.id), card, 'id must be non-empty and have no spaces');
  });

  it('has a known type and sub-deck that fit together', () => {
    const deckOfType: Record<CardType, SubdeckId> = {
      zone: 'maps',
      locate: 'maps',
      'key-point': 'maps',
      'myotome-reflex': 'myotomes-reflexes',
      'disc-level': 'disc-levels',
      vignette: 'vignettes',
      peripheral: 'peripheral-nerves',
      'red-flag': 'red-flags',
      examination: 'examination',
      'examination-case': 'examination-cases',
    };
    for (const card of cards) {
      check((CARD_TYPES as readonly string[]).includes(card.type), card, `unknown type ${card.type}`);
      check(card.deck === deckOfType[card.type], card, `type ${card.type} belongs in deck ${deckOfType[card.type]}`);
    }
  });

  it('has a prompt, mastery roots, an explanation, an answer text, a known source and a difficulty in 0..1', () => {
    for (const card of cards) {
      check(card.prompt.trim().length > 10, card, 'prompt is empty');
      check(card.roots.length > 0 && card.roots.every(isRoot), card, `roots must be known root ids: ${card.roots}`);
      check(new Set(card.roots).size === card.roots.length, card, 'repeated root tag');
      check(card.explanation.trim().length > 20, card, 'explanation is empty or too short');
      check(card.answerText.trim().length > 0, card, 'answerText is empty');
      check(card.source in sources, card, `unknown source ${card.source}`);
      check(card.difficulty >= 0 && card.difficulty <= 1, card, `difficulty ${card.difficulty} outside 0..1`);
    }
  });

  it('can be looked up by id and shown without its answer', () => {
    for (const card of cards) {
      expect(cardById(card.id)).toBe(card);
      const face = toCardFace(card);
      const faceJson = JSON.stringify(face);
      check(!/correctOptionId|"back"|"target"|answerText|explanation/.test(faceJson), card, 'face leaks the answer');
      check(face.answerKind === card.answer.kind, card, 'face has the wrong answer kind');
      if (card.answer.kind === 'choice') {
        expect(face.options).toEqual(card.answer.options);
        expect(face.clickView).toBeNull();
      } else if (card.answer.kind === 'click') {
        expect(face.clickView).toBe(card.answer.view);
        expect(face.options).toBeNull();
      } else {
        expect(face.options).toBeNull();
        expect(face.clickView).toBeNull();
      }
    }
    expect(cardById('no-such-card')).toBeUndefined();
  });

  it('draws only zones and points that exist on its view', () => {
    for (const card of cards.filter((c) => c.map !== null)) {
      const map = card.map!;
      const drawn = mapViews[map.view].zones.map((z) => z.root);
      for (const root of map.highlight) check(drawn.includes(root), card, `${root} is not drawn on ${map.view}`);
      if (map.markPoint) {
        check(zoneAt(map.view, map.markPoint.x, map.markPoint.y) !== null, card, 'marked point is off the limb');
      }
    }
  });
});

/**
 * Roots a text names as a lesion, a zone or a root set: "an L1 root lesion", "the L2-L4 roots", "an L2 or L3
 * root lesion", "the L1 zone", "an L5 plus S1 root lesion".
 */
const ROOT_LABEL =
  /\b([LS][1-5](?:-(?:5|[LS]?[1-5]))?(?:(?:\s*(?:\/|,|\bor\b|\band\b|\bplus\b)\s*)[LS][1-5](?:-(?:5|[LS]?[1-5]))?)*)\s+(?:nerve\s+)?(?:root|roots|zone|dermatome)\b/g;
function rootsLabelledIn(text: string): RootId[] {
  const named = new Set<RootId>();
  for (const match of text.matchAll(ROOT_LABEL)) {
    for (const part of (match[1] ?? '').split(/\s*(?:\/|,|\bor\b|\band\b|\bplus\b)\s*/)) {
      const full = /^([LS])(\d)-(\d)$/.exec(part);
      const id = full && full[2] !== '4' ? `${full[1]}${full[2]}-${full[1]}${full[3]}` : part;
      for (const root of rootsNamedBy(id) ?? []) named.add(root);
    }
  }
  return [...named].sort();
}

function answerTextOf(card: Card): string {
  const { answer } = card;
  if (answer.kind === 'flip') return `${answer.back} ${card.answerText}`;
  if (answer.kind === 'choice') {
    return `${answer.options.find((o) => o.id === answer.correctOptionId)?.text ?? ''} ${card.answerText}`;
  }
  return card.answerText;
}

describe('root labels', () => {
  it('reads the root labels of a text', () => {
    expect(rootsLabelledIn('can pass for an L2 or L3 root lesion')).toEqual(['L2', 'L3']);
    expect(rootsLabelledIn('points to the L2-L4 roots instead')).toEqual(['L2', 'L3', 'L4']);
    expect(rootsLabelledIn('an L1-L2 root lesion numbs')).toEqual(['L1', 'L2']);
    expect(rootsLabelledIn('Numbness in the S4-5 zone')).toEqual(['S4-5']);
    expect(rootsLabelledIn('an L5 plus S1 root lesion')).toEqual(['L5', 'S1']);
    expect(rootsLabelledIn('MRI shows a disc at L4-5 and the knee is normal')).toEqual([]);
  });

  it('one root label per card: the roots an answer names as the lesion are the roots its prompt names', () => {
    let compared = 0;
    for (const card of cards) {
      const inPrompt = rootsLabelledIn(card.prompt);
      const inAnswer = rootsLabelledIn(answerTextOf(card));
      if (inPrompt.length === 0 || inAnswer.length === 0) continue;
      compared++;
      check(
        JSON.stringify(inAnswer) === JSON.stringify(inPrompt),
        card,
        `the prompt names ${inPrompt.join(', ')} but the answer ${inAnswer.join(', ')}`,
      );
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('tags a card with every root its prompt names as the lesion or zone', () => {
    for (const card of cards) {
      for (const root of rootsLabelledIn(card.prompt)) {
        check(card.roots.includes(root), card, `the prompt names ${root} but the card is not tagged with it`);
      }
    }
  });
});

describe('multiple-choice cards', () => {
  it('have 4-5 options, exactly one correct, and no repeated option id or text', () => {
    expect(choiceCards.length).toBeGreaterThan(100);
    for (const card of choiceCards) {
      const { options, correctOptionId } = card.answer;
      check(options.length >= 4 && options.length <= 5, card, `has ${options.length} options`);
      check(options.filter((o) => o.id === correctOptionId).length === 1, card, 'needs exactly one correct option');
      check(new Set(options.map((o) => o.id)).size === options.length, card, 'repeated option id');
      const texts = options.map((o) => o.text.trim().toLowerCase());
      check(new Set(texts).size === options.length, card, 'repeated option text');
      check(
        texts.every((t) => t.length > 0),
        card,
        'empty option text',
      );
    }
  });

  it('do not give the answer away by its position (the urgency scale of triage cards keeps its order)', () => {
    const shuffled = choiceCards.filter((c) => c.type !== 'red-flag');
    const positions = shuffled.map((c) => c.answer.options.findIndex((o) => o.id === c.answer.correctOptionId));
    for (let position = 0; position < 5; position++) {
      const share = positions.filter((p) => p === position).length / shuffled.length;
      expect(share).toBeLessThan(0.4);
    }
  });

  it('keep a generated card option order fixed by its id', () => {
    const again = generatedCards.filter((c): c is ChoiceCard => c.answer.kind === 'choice');
    expect(again.some((c) => c.answer.options[0]?.id !== c.answer.correctOptionId)).toBe(true);
    for (const card of again) expect(cardByKey(card.id)?.answer).toEqual(card.answer);
  });
});

describe('click cards', () => {
  it('target a zone, key point or nerve territory that exists on the view, and do not reveal it on the face', () => {
    expect(clickCards.length).toBeGreaterThan(15);
    for (const card of clickCards) {
      const { view, target } = card.answer;
      if ('zone' in target) {
        const drawn = mapViews[view].zones.map((z) => z.root);
        check(drawn.includes(target.zone), card, `zone ${target.zone} is not drawn on ${view}`);
      } else if ('keyPoint' in target) {
        const point = keyPoints.find((k) => k.root === target.keyPoint && k.view === view);
        check(point !== undefined, card, `no ${target.keyPoint} key point on ${view}`);
      } else {
        const leaves = territoryNerves(target.nerve);
        check(
          mapViews[view].nerves.some((t) => leaves.includes(t.nerve)),
          card,
          `${target.nerve} has no territory on ${view}`,
        );
        check(!card.map?.highlightNerves?.length, card, 'the face shades a nerve on a territory click card');
      }
      check(card.map === null || card.map.view === view, card, 'map view differs from the click view');
      if (!('nerve' in target)) {
        const root = 'zone' in target ? target.zone : target.keyPoint;
        check(!card.map?.highlight.includes(root), card, 'the face shades the target');
      }
      check(card.map?.markPoint === undefined, card, 'the face marks a point on a click card');
    }
  });
});

describe('key-point cards', () => {
  it('mark exactly the ISNCSCI key point of the correct root', () => {
    const keyPointCards = choiceCards.filter((c) => c.type === 'key-point');
    expect(keyPointCards.length).toBeGreaterThanOrEqual(MASTERY_ROOTS.length);
    for (const card of keyPointCards) {
      const point = keyPoints.find((k) => k.root === correctOf(card) && k.side === 'right');
      check(point !== undefined, card, 'correct option is not a root with a key point');
      check(card.map?.view === point!.view, card, 'wrong view');
      expect(card.map?.markPoint).toEqual({ x: point!.x, y: point!.y });
    }
  });
});

describe('claims the reference does not make', () => {
  const textOf = (card: Card): string => `${card.prompt} ${answerTextOf(card)} ${card.explanation}`;

  it('never says nerve trouble after an operation always starts soon after it (late entrapment exists)', () => {
    const soon =
      /\b(starts?|begins?|began|comes? on|appears?|develops?)\b[^.;]{0,30}\b(soon|shortly|right|straight|immediately|directly|at once)\b[^.;]{0,20}\bafter\b[^.;]{0,40}\b(surgery|operation|repair|procedure)/i;
    const always = /\b(always|invariably|only ever)\b[^.;]{0,60}\b(after|following)\b[^.;]{0,40}\b(surgery|operation|repair)/i;
    for (const card of cards) {
      check(!soon.test(textOf(card)), card, 'claims post-operative nerve pain starts soon after surgery');
      check(!always.test(textOf(card)), card, 'claims a nerve lesion always follows surgery');
    }
    expect(soon.test('ilioinguinal trouble starts soon after groin surgery')).toBe(true);
  });
});

describe('plausible distractors', () => {
  /**
   * Roots whose skin no accepted map (base map, Keegan & Garrett, Foerster, the textbooks that disagree on L4)
   * puts anywhere near each ISNCSCI key point: offering one of them is no real choice.
   */
  const FAR_FROM_KEY_POINT: Record<RootId, RootId[]> = {
    L1: ['L5', 'S1', 'S4-5'],
    L2: ['L5', 'S1', 'S4-5'],
    L3: ['S3', 'S4-5'],
    L4: ['L1', 'L2', 'S3', 'S4-5'],
    L5: ['L1', 'L2', 'L3', 'S3', 'S4-5'],
    S1: ['L1', 'L2', 'L3', 'S3', 'S4-5'],
    S2: ['S3', 'S4-5'],
    S3: [],
    'S4-5': ['L2', 'L3', 'L4', 'L5', 'S1'],
  };

  it('a key-point card never offers a root whose skin lies nowhere near the marked point', () => {
    const keyPointCards = choiceCards.filter((c) => c.type === 'key-point');
    expect(keyPointCards.length).toBe(ROOT_IDS.length);
    for (const card of keyPointCards) {
      const far = FAR_FROM_KEY_POINT[correctOf(card) as RootId];
      for (const wrong of wrongOptionsOf(card)) {
        check(!far.includes(wrong as RootId), card, `${wrong} is no plausible root for the ${correctOf(card)} key point`);
      }
    }
    const l2 = cardByKey('keypoint:L2') as ChoiceCard;
    expect(l2.answer.options.map((o) => o.id)).not.toContain('L5');
  });

  it('a nerve-skin card never offers a nerve that contains the answer or lies inside it', () => {
    const lineage = (id: NerveId): NerveId[] => {
      const parent = nerves.find((n) => n.id === id)?.parent ?? null;
      return parent ? [parent, ...lineage(parent)] : [];
    };
    const skinCards = choiceCards.filter((c) => c.key.startsWith('nerve-skin:'));
    expect(skinCards.length).toBe(NERVE_IDS.length);
    for (const card of skinCards) {
      const answer = correctOf(card) as NerveId;
      for (const wrong of wrongOptionsOf(card) as NerveId[]) {
        check(!lineage(answer).includes(wrong), card, `${wrong} contains ${answer}`);
        check(!lineage(wrong).includes(answer), card, `${wrong} is a branch of ${answer}`);
      }
    }
  });

  /** Where each nerve's skin lies (reference section 6b), and each root's zone on the base map (section 1). */
  const NERVE_REGIONS: Record<NerveId, BodyRegion[]> = {
    ilioinguinal: ['groin', 'thigh', 'perineum'],
    genitofemoral: ['groin', 'thigh', 'perineum'],
    'lateral-femoral-cutaneous': ['thigh'],
    femoral: ['thigh', 'knee', 'leg'],
    obturator: ['thigh'],
    saphenous: ['knee', 'leg', 'foot'],
    'common-fibular': ['leg', 'foot'],
    'superficial-fibular': ['leg', 'foot'],
    'deep-fibular': ['foot'],
    sural: ['leg', 'foot'],
    'tibial-tarsal-tunnel': ['foot'],
    'medial-calcaneal': ['foot'],
    'medial-plantar': ['foot'],
    'lateral-plantar': ['foot'],
    'posterior-femoral-cutaneous': ['buttock', 'thigh', 'knee', 'perineum'],
    sciatic: ['leg', 'foot'],
    pudendal: ['perineum'],
  };
  const ZONE_REGIONS: Record<RootId, BodyRegion[]> = {
    L1: ['groin', 'thigh'],
    L2: ['thigh'],
    L3: ['thigh', 'knee'],
    L4: ['leg', 'foot'],
    L5: ['leg', 'foot'],
    S1: ['foot'],
    S2: ['thigh', 'knee', 'leg'],
    S3: ['buttock'],
    'S4-5': ['perineum'],
  };
  const near = (a: BodyRegion[], b: BodyRegion[]): boolean => a.some((x) => b.some((y) => regionDistance(x, y) < 2));

  it('a nerve card offers only nerves whose skin lies at or next to the skin it asks about', () => {
    const skinCards = choiceCards.filter((c) => c.key.startsWith('nerve-skin:'));
    const overlapCards = choiceCards.filter((c) => c.key.startsWith('root-nerve:'));
    for (const card of skinCards) {
      const answer = correctOf(card) as NerveId;
      for (const wrong of wrongOptionsOf(card) as NerveId[]) {
        check(near(NERVE_REGIONS[wrong], NERVE_REGIONS[answer]), card, `${wrong} lies nowhere near the ${answer} skin`);
      }
    }
    for (const card of overlapCards) {
      const root = card.key.slice('root-nerve:'.length) as RootId;
      for (const wrong of wrongOptionsOf(card) as NerveId[]) {
        check(near(NERVE_REGIONS[wrong], ZONE_REGIONS[root]), card, `${wrong} lies nowhere near the ${root} zone`);
      }
    }
    expect(near(NERVE_REGIONS['lateral-femoral-cutaneous'], ZONE_REGIONS.L5)).toBe(false);
  });

  it('a "which nerve shares this root\'s skin" card offers no other nerve that shares it', () => {
    const overlapCards = choiceCards.filter((c) => c.key.startsWith('root-nerve:'));
    expect(overlapCards.length).toBeGreaterThanOrEqual(5);
    for (const card of overlapCards) {
      const root = card.key.slice('root-nerve:'.length) as RootId;
      const sharing = rootById(root).overlappingNerves;
      for (const wrong of wrongOptionsOf(card) as NerveId[]) {
        check(!sharing.includes(wrong), card, `${wrong} also shares ${root} skin`);
      }
    }
  });
});

describe('reflex cards', () => {
  const reflexIds = reflexes.map((r) => r.id);

  it('ask only the robust part: the right option lies in the range, no wrong option names an accepted root', () => {
    for (const reflex of reflexIds) {
      const card = cardByKey(`reflex:${reflex}`) as ChoiceCard | undefined;
      if (!card) throw new Error(`no card reflex:${reflex}`);
      const accepted = rangeOf(reflex);
      const correct = rootsNamedBy(correctOf(card));
      check(correct !== null && correct.every((r) => accepted.includes(r)), card, 'answer is outside the range');
      for (const wrong of wrongOptionsOf(card)) {
        const named = rootsNamedBy(wrong) ?? [];
        const contested = named.filter((r) => accepted.includes(r));
        check(contested.length === 0, card, `wrong option ${wrong} names ${contested} which a source accepts`);
      }
    }
  });

  it('never offer S2 for a reduced ankle jerk, nor L2 for a reduced knee jerk', () => {
    const ankle = cardByKey('reflex:ankle') as ChoiceCard;
    const knee = cardByKey('reflex:knee') as ChoiceCard;
    expect(correctOf(ankle)).toBe('S1');
    expect(ankle.answer.options.map((o) => o.id)).not.toContain('S2');
    expect(correctOf(knee)).toBe('L3-L4');
    expect(knee.answer.options.flatMap((o) => rootsNamedBy(o.id) ?? [])).not.toContain('L2');
  });

  it('asking "which reflex for this root" accepts only a reflex whose range holds the root', () => {
    const reflexOf = choiceCards.filter((c) => c.key.startsWith('reflex-of:'));
    expect(reflexOf.length).toBeGreaterThan(0);
    for (const card of reflexOf) {
      const root = card.key.slice('reflex-of:'.length) as RootId;
      check(rangeOf(correctOf(card) as ReflexFact['id']).includes(root), card, 'answer reflex does not hold the root');
      for (const wrong of wrongOptionsOf(card)) {
        if ((reflexIds as string[]).includes(wrong)) {
          check(!rangeOf(wrong as ReflexFact['id']).includes(root), card, `wrong option ${wrong} holds ${root}`);
        }
      }
    }
  });

  it('teach that L5 leaves knee and ankle jerks normal', () => {
    expect(correctOf(cardByKey('reflex:pattern:L5') as ChoiceCard)).toBe('both-normal');
  });
});

describe('disc-level cards', () => {
  const POSTEROLATERAL: Record<string, RootId> = {
    'L1-2': 'L2',
    'L2-3': 'L3',
    'L3-4': 'L4',
    'L4-5': 'L5',
    'L5-S1': 'S1',
  };
  const FAR_LATERAL: Record<string, RootId> = { 'L1-2': 'L1', 'L2-3': 'L2', 'L3-4': 'L3', 'L4-5': 'L4', 'L5-S1': 'L5' };
  const expectedRoot = (kind: string, level: string): RootId | undefined =>
    (/far|foraminal/i.test(kind) ? FAR_LATERAL : POSTEROLATERAL)[level];

  it('answer posterolateral L4-5 with L5 and far-lateral L4-5 with L4, and the rest of the table alike', () => {
    for (const level of Object.keys(POSTEROLATERAL)) {
      expect(correctOf(cardByKey(`disc:posterolateral:${level}`) as ChoiceCard)).toBe(POSTEROLATERAL[level]);
      expect(correctOf(cardByKey(`disc:far-lateral:${level}`) as ChoiceCard)).toBe(FAR_LATERAL[level]);
    }
  });

  it('map a root back to the level the table gives', () => {
    const reverse = choiceCards.filter((c) => c.key.startsWith('disc-level:'));
    expect(reverse.length).toBeGreaterThan(0);
    for (const card of reverse) {
      const [, kind = '', root = ''] = card.key.split(':');
      const table = kind === 'far-lateral' ? FAR_LATERAL : POSTEROLATERAL;
      check(table[correctOf(card)] === root, card, `level ${correctOf(card)} does not compress ${root} (${kind})`);
    }
  });

  it('explain traversing versus exiting', () => {
    for (const card of cards.filter((c) => c.type === 'disc-level' && c.answer.kind === 'choice')) {
      check(/travers|exit/i.test(card.explanation), card, 'explanation must say traversing or exiting');
    }
  });

  it('agree with the table wherever any choice card names a herniation type and level', () => {
    const pattern = /\b(posterolateral|paracentral|far[- ]lateral|extraforaminal|foraminal)\b[^.]*?\b(L[1-5]-(?:[1-5]|S1))\b/i;
    let checked = 0;
    for (const card of choiceCards) {
      const match = pattern.exec(card.prompt);
      if (!match || !isRoot(correctOf(card))) continue;
      const expected = expectedRoot(match[1] ?? '', match[2] ?? '');
      if (!expected) continue;
      checked++;
      check(correctOf(card) === expected, card, `${match[1]} ${match[2]} compresses ${expected}, not ${correctOf(card)}`);
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('never ask which disc level is the most common', () => {
    for (const card of cards) {
      const asksCommonest = /\b(most common|commonest|most frequent|most often)\b/i.test(card.prompt);
      check(!(asksCommonest && /disc|level|herniat/i.test(card.prompt)), card, 'asks the disputed commonest level');
    }
  });
});

/** Leg actions a nerve lesion can weaken (none for the purely sensory nerves and the ilioinguinal). */
const NERVE_ACTIONS: Record<NerveId, RegExp | null> = {
  ilioinguinal: null,
  genitofemoral: /cremaster/i,
  'lateral-femoral-cutaneous': null,
  femoral: /knee extension|quadriceps|hip flexion/i,
  obturator: /adduct/i,
  saphenous: null,
  'common-fibular': /dorsiflex|evers|toe extension|foot drop/i,
  'superficial-fibular': /evers/i,
  'deep-fibular': /dorsiflex|toe extension/i,
  sural: null,
  'tibial-tarsal-tunnel': /intrinsic|toe flex|toe spread|toe abduct|toe adduct/i,
  'medial-calcaneal': null,
  'medial-plantar': /intrinsic|toe flex|toe spread|great-toe flex|abductor hallucis/i,
  'lateral-plantar': /intrinsic|toe spread|toe clos|inteross|abductor digiti minimi/i,
  'posterior-femoral-cutaneous': null,
  sciatic: /knee flex|hamstring|dorsiflex|plantar flex|evers|invers|toe|foot drop/i,
  pudendal: /sphincter|pelvic floor/i,
};

/** The one tendon/superficial reflex a nerve lesion may lower (of the four the facts know). */
const NERVE_REFLEX: Partial<Record<NerveId, ReflexFact['id']>> = {
  femoral: 'knee',
  genitofemoral: 'cremasteric',
  sciatic: 'ankle',
};

/** Every nerve that branches, directly or not, from `nerve` (from the facts' `parent` links). */
function branchesOf(nerve: NerveId): NerveId[] {
  const direct = nerves.filter((n) => n.parent === nerve).map((n) => n.id);
  return direct.flatMap((id) => [id, ...branchesOf(id)]);
}

describe('case cards (findings agree with the facts)', () => {
  const rootCases = caseCards.filter((c) => isRoot(correctOf(c)));
  const nerveCases = caseCards.filter((c) => isNerve(correctOf(c)));

  it('a reduced or absent reflex only answers a root inside that reflex range', () => {
    for (const card of rootCases) {
      const root = correctOf(card) as RootId;
      for (const [reflex, state] of Object.entries(card.findings.reflexes)) {
        if (!isDown(state)) continue;
        check(rangeOf(reflex as ReflexFact['id']).includes(root), card, `${state} ${reflex} reflex cannot answer ${root}`);
      }
      check(!Object.values(card.findings.reflexes).includes('brisk'), card, 'a brisk reflex is not a root lesion');
    }
  });

  it('a reduced or absent ankle jerk never answers L5; an L5 answer keeps knee and ankle jerks', () => {
    const l5Cases = rootCases.filter((c) => correctOf(c) === 'L5');
    expect(l5Cases.length).toBeGreaterThan(0);
    for (const card of l5Cases) {
      check(!isDown(card.findings.reflexes.ankle), card, 'L5 with a reduced ankle jerk');
      check(!isDown(card.findings.reflexes.knee), card, 'L5 with a reduced knee jerk');
    }
  });

  it('a root answer is never weak in a movement that belongs to distant roots (reference section 4)', () => {
    const foreign: Partial<Record<RootId, RegExp>> = {
      L1: /plantar flex|dorsiflex|toe|evers|invers|knee extension|hip abduct/i,
      L2: /plantar flex|dorsiflex|toe|evers|invers|hip abduct/i,
      L3: /plantar flex|toe|evers|hip abduct/i,
      L4: /plantar flex|great toe|toe extension/i,
      L5: /knee extension|hip flexion|hip adduct/i,
      S1: /knee extension|hip flexion|hip adduct|dorsiflex|great toe extension|invers/i,
      S2: /knee extension|hip flexion|hip adduct|dorsiflex|great toe extension|invers/i,
    };
    for (const card of rootCases) {
      const root = correctOf(card) as RootId;
      for (const action of card.findings.weakActions) {
        check(!foreign[root]?.test(action), card, `${root} does not weaken ${action}`);
      }
    }
  });

  it('a root answer lies within the skin the case describes', () => {
    for (const card of rootCases) {
      const numbRoots = card.findings.sensoryPattern.roots;
      if (numbRoots) check(numbRoots.includes(correctOf(card) as RootId), card, `sensory roots ${numbRoots} miss the answer`);
    }
  });

  it('a purely sensory nerve (or one with no leg muscle) never comes with weakness', () => {
    for (const card of nerveCases) {
      const nerve = correctOf(card) as NerveId;
      if (NERVE_ACTIONS[nerve] === null) {
        expect({ card: card.id, weak: card.findings.weakActions }).toEqual({ card: card.id, weak: [] });
      }
    }
  });

  it("a nerve answer is weak only in that nerve's movements and lowers only its own reflex", () => {
    for (const card of nerveCases) {
      const nerve = correctOf(card) as NerveId;
      const allowed = NERVE_ACTIONS[nerve];
      for (const action of card.findings.weakActions) {
        check(allowed !== null && allowed.test(action), card, `${nerve} cannot weaken ${action}`);
      }
      for (const [reflex, state] of Object.entries(card.findings.reflexes)) {
        if (isDown(state)) check(NERVE_REFLEX[nerve] === reflex, card, `${nerve} does not lower the ${reflex} reflex`);
      }
    }
  });

  it('weak hip adduction never answers the femoral nerve; weak inversion or hip abduction never the fibular nerves', () => {
    for (const card of nerveCases) {
      const nerve = correctOf(card);
      const weak = card.findings.weakActions.join('; ');
      if (nerve === 'femoral') check(!/adduct/i.test(weak), card, 'femoral nerve with weak adduction');
      if (nerve.endsWith('fibular')) check(!/invers|hip abduct/i.test(weak), card, `${nerve} with weak ${weak}`);
    }
  });

  it('a nerve answer matches the nerve territory the case describes', () => {
    for (const card of nerveCases) {
      const nerve = correctOf(card) as NerveId;
      const territory = card.findings.sensoryPattern.nerve;
      if (territory) {
        const fits = territory === nerve || branchesOf(nerve).includes(territory);
        check(fits, card, `numb territory ${territory} does not fit ${nerve}`);
      }
    }
  });

  it('combine sensory findings with motor or reflex findings (never pain location alone)', () => {
    const lesionCases = [...rootCases, ...nerveCases];
    for (const card of lesionCases) {
      const { sensoryPattern, weakActions, reflexes: reflexFindings } = card.findings;
      const sensory = Boolean(sensoryPattern.roots?.length || sensoryPattern.nerve || sensoryPattern.saddle);
      const reflexStated = Object.keys(reflexFindings).length > 0;
      check(sensory, card, 'no sensory finding');
      check(weakActions.length > 0 || reflexStated, card, 'no motor or reflex finding');
    }
  });

  it('vary age and sex', () => {
    const ages = caseCards.map((c) => c.findings.age);
    expect(ages.every((age) => age >= 1 && age <= 110)).toBe(true);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThanOrEqual(40);
    const sexes = caseCards.map((c) => c.findings.sex);
    expect(sexes.filter((s) => s === 'female').length).toBeGreaterThan(caseCards.length / 4);
    expect(sexes.filter((s) => s === 'male').length).toBeGreaterThan(caseCards.length / 4);
  });

  it('red flags: saddle numbness or new sphincter trouble is always an emergency', () => {
    for (const card of caseCards.filter((c) => c.type === 'red-flag')) {
      const { sensoryPattern, sphincter } = card.findings;
      if (sensoryPattern.saddle || (sphincter?.length ?? 0) > 0) {
        check(correctOf(card) === 'emergency', card, 'saddle or sphincter findings must be triaged as an emergency');
      }
    }
  });
});

describe('coverage of the bank', () => {
  const ofType = (type: CardType) => cards.filter((c) => c.type === type);
  const tagged = (list: Card[], root: RootId) => list.filter((c) => c.roots.includes(root));

  it('holds at least 250 cards', () => {
    expect(cards.length).toBeGreaterThanOrEqual(250);
  });

  it.each(MASTERY_ROOTS)('gives %s zone, locate, key-point, myotome/reflex cards and at least 6 vignettes', (root) => {
    expect(tagged(ofType('zone'), root).length).toBeGreaterThan(0);
    expect(tagged(ofType('locate'), root).length).toBeGreaterThan(0);
    expect(tagged(ofType('key-point'), root).length).toBeGreaterThan(0);
    // L1 and S2 have no ISNCSCI key muscle: their myotome/reflex cards are the cremasteric reflex (L1),
    // the "no key muscle" card (S2) and the root-syndrome cards.
    expect(tagged(ofType('myotome-reflex'), root).length).toBeGreaterThan(0);
    expect(tagged(ofType('vignette'), root).length).toBeGreaterThanOrEqual(6);
  });

  it('has a locate card for the key point of every root L1..S4-5', () => {
    for (const root of ROOT_IDS) {
      const found = clickCards.some((c) => 'keyPoint' in c.answer.target && c.answer.target.keyPoint === root);
      expect({ root, found }).toEqual({ root, found: true });
    }
  });

  it('has at least 30 dermatomal-vs-peripheral cases covering every nerve of reference sections 6 and 6b', () => {
    const peripheralCases = caseCards.filter((c) => c.type === 'peripheral');
    expect(peripheralCases.length).toBeGreaterThanOrEqual(30);
    const covered = new Set<string>();
    for (const card of peripheralCases) {
      covered.add(correctOf(card));
      if (card.findings.sensoryPattern.nerve) covered.add(card.findings.sensoryPattern.nerve);
    }
    expect(NERVE_IDS.length).toBe(17);
    expect(NERVE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has at least 10 red-flag cases, cauda equina among them', () => {
    const redFlags = caseCards.filter((c) => c.type === 'red-flag');
    expect(redFlags.length).toBeGreaterThanOrEqual(10);
    const caudaEquina = redFlags.filter(
      (c) => correctOf(c) === 'emergency' && c.findings.sensoryPattern.saddle && /cauda equina/i.test(c.explanation),
    );
    expect(caudaEquina.length).toBeGreaterThan(0);
  });

  it('has examination-technique cards', () => {
    expect(ofType('examination').length).toBeGreaterThanOrEqual(5);
  });

  it('fills every sub-deck', () => {
    for (const deck of SUBDECK_IDS) {
      expect({ deck, filled: cards.some((c) => c.deck === deck) }).toEqual({ deck, filled: true });
    }
  });
});

describe('what travels to the browser with a question', () => {
  const rootPattern = new RegExp(`"(${ROOT_IDS.map((r) => r.replace('-', '\\-')).join('|')})"|\\b(L[1-5]|S[1-5])\\b`);

  it('gives every card an opaque id that names no root, stable for its readable name', () => {
    for (const card of cards) {
      expect(card.id).toMatch(/^c[0-9a-z]{11}$/);
      expect(card.id).toBe(opaqueCardId(card.key));
    }
  });

  it('never names a root in a face, except as the text of a multiple-choice option', () => {
    for (const card of cards) {
      const { options: _options, prompt: _prompt, ...rest } = toCardFace(card);
      check(!rootPattern.test(JSON.stringify(rest)), card, `face names a root: ${JSON.stringify(rest)}`);
    }
  });

  it('shades the zones of the card’s map by index, on both legs', () => {
    const zone = cardByKey('zone:anterior:L5')!;
    const face = toCardFace(zone);
    expect(face.map!.shade).toHaveLength(2);
    expect(face.map!.shade.map((i) => mapViews.anterior.zones[i]!.root)).toEqual(['L5', 'L5']);
    expect(face.map!.shade.map((i) => mapViews.anterior.zones[i]!.side).sort()).toEqual(['left', 'right']);
    expect(face.map!.layer).toBe('dermatomes');
    expect(face.map!.shadeNerves).toEqual([]);
  });

  it('shades a nerve territory by index, on the side the card names', () => {
    const card = cardByKey('territory-which:sural')!;
    const face = toCardFace(card);
    expect(face.map!.layer).toBe('nerves');
    expect(face.map!.shade).toEqual([]);
    const shaded = face.map!.shadeNerves.map((i) => mapViews[face.map!.view].nerves[i]!);
    expect(shaded.map((t) => `${t.nerve}/${t.side}`)).toEqual(['sural/right']);
    expect(JSON.stringify({ ...face, options: null })).not.toContain('sural');
  });

  it('gives the answer side a labelled map of the roots the card teaches', () => {
    const dermatomes = (view: string, highlight: string[], keyPoints: string[]) =>
      expect.objectContaining({ view, layer: 'dermatomes', side: 'both', highlight, highlightNerves: [], keyPoints });
    expect(answerMap(cardByKey('zone:posterior:S2')!)).toEqual(dermatomes('posterior', ['S2'], []));
    expect(answerMap(cardByKey('locate-keypoint:S1')!)).toEqual(dermatomes('posterior', ['S1'], ['S1']));
    expect(answerMap(cardByKey('disc:posterolateral:L3-4')!)).toEqual(dermatomes('anterior', ['L4'], []));
    // a root answer weighed against a nerve option shows both, the nerve outlined
    const weighed = cards.find((c) => c.type === 'vignette' && c.answer.kind === 'choice' && c.answer.correctOptionId === 'L4')!;
    expect(answerMap(weighed)).toEqual(expect.objectContaining({ layer: 'both', highlight: ['L4'], view: 'anterior' }));
    expect(answerMap(weighed)!.highlightNerves).toHaveLength(1);
    const saddle = cards.find((c) => c.type === 'red-flag' && c.roots.every((r) => r === 'S3' || r === 'S4-5'));
    if (saddle) expect(answerMap(saddle)!.view).toBe('posterior');
    const s1 = cards.find((c) => c.type === 'vignette' && c.answer.kind === 'choice' && c.answer.correctOptionId === 'S1')!;
    expect(answerMap(s1)).toEqual(expect.objectContaining({ layer: 'both', highlight: ['S1'] }));
    for (const card of cards) {
      const map = answerMap(card);
      if (map) check(map.caption.length > 10 && !map.caption.includes('\n'), card, 'answer map without a one-line caption');
    }
  });

  it('never shades a dermatome as the skin of a nerve: every nerve card shows the nerve’s own territory', () => {
    for (const card of cards) {
      const nerve = cardNerve(card);
      const map = answerMap(card);
      if (card.answer.kind === 'choice' && isNerveId(card.answer.correctOptionId)) {
        check(JSON.stringify(map).includes(card.answer.correctOptionId), card, 'answer map does not name the answer nerve');
      }
      if (!nerve) continue;
      check(map !== null, card, 'nerve card without an answer map');
      check(map!.highlightNerves.includes(nerve), card, `answer map does not shade the ${nerve} territory`);
      check(map!.layer !== 'dermatomes', card, 'nerve card drawn on the dermatome layer alone');
      if (map!.layer === 'both') {
        check(
          /outline/.test(map!.caption) && /strip/.test(map!.caption),
          card,
          'root-vs-nerve caption does not name the difference',
        );
      } else {
        check(map!.highlight.length === 0, card, 'nerve card shades a dermatome');
      }
    }
  });

  it('shows both the root and the nerve on cards that weigh one against the other', () => {
    const contrast = answerMap(cardByKey('root-nerve:L5')!)!;
    expect(contrast).toEqual(
      expect.objectContaining({ layer: 'both', highlight: ['L5'], highlightNerves: ['common-fibular'], view: 'anterior' }),
    );
    const deep = answerMap(cardByKey('nerve-skin:deep-fibular')!)!;
    expect(deep).toEqual(
      expect.objectContaining({ layer: 'nerves', highlight: [], highlightNerves: ['deep-fibular'], view: 'anterior' }),
    );
  });
});
