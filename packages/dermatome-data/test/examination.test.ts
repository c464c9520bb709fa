import {
  ALL_LESIONS_ON_SIDES,
  EXAMINATION_CASES,
  EXAMINATION_LESION_IDS,
  efficientExamination,
  examinationCase,
  examinationLesion,
  generateExaminationCases,
  gradeExamination,
  lookAlikesOf,
  probeResponse,
  skinSpot,
  lossLevel,
  validateProbe,
  validateExaminationTest,
  decidingFindings,
  suggestedExaminationRating,
  motorTest,
  reflexTest,
  type ExaminationCase,
  type ExaminationLesionId,
  type ExaminationProbe,
  type ExaminationStep,
  type LesionOnSide,
} from '../src/examination/index.js';
import { answerMap, cardByKey, toCardFace } from '../src/cards/index.js';
import { cardsInDeck } from '../src/decks.js';
import { GradingError, gradeAnswer } from '../src/grading.js';
import { mapViews } from '../src/maps/geometry.js';
import { VIEW_IDS, type SideId, type ViewId } from '../src/types.js';

const mirror = (view: ViewId, x: number): number => mapViews[view].width - x;

/** The most central spot of a case's territory on its side: a label spot of one of its zones or territories. */
function centreOf(c: ExaminationCase, side: SideId): ExaminationProbe | null {
  const lesion = examinationLesion(c.lesion);
  for (const view of VIEW_IDS) {
    const areas =
      lesion.kind === 'nerve'
        ? mapViews[view].nerves.filter((t) => t.side === side && lesion.skinNerves.includes(t.nerve))
        : mapViews[view].zones.filter((z) => z.side === side && (lesion.skinRoots as string[]).includes(z.root));
    for (const area of areas) {
      for (const label of area.labels) {
        const p = label.leader ?? label;
        const spot = skinSpot(view, p.x, p.y);
        if (spot && lossLevel(c.lesion, c.side, spot) >= 2) return { view, x: p.x, y: p.y, modality: 'pinprick' };
      }
    }
  }
  return null;
}

describe('examination cases', () => {
  it('has one case per lesion and side, bilateral lesions on both sides only', () => {
    expect(EXAMINATION_CASES.length).toBe(7 * 2 + 2 + 17 * 2);
    for (const lesion of EXAMINATION_LESION_IDS) {
      const sides = EXAMINATION_CASES.filter((c) => c.lesion === lesion).map((c) => c.side);
      expect(sides).toEqual(examinationLesion(lesion).bilateral ? ['both'] : ['right', 'left']);
    }
    expect(new Set(EXAMINATION_CASES.map((c) => c.id)).size).toBe(EXAMINATION_CASES.length);
  });

  it('is deterministic for a seed, with ids that do not depend on the seed', () => {
    expect(generateExaminationCases('seed-a')).toEqual(generateExaminationCases('seed-a'));
    const b = generateExaminationCases('seed-b');
    expect(b.map((c) => c.id)).toEqual(EXAMINATION_CASES.map((c) => c.id));
    expect(b.map((c) => c.history.story)).not.toEqual(EXAMINATION_CASES.map((c) => c.history.story));
    for (const c of EXAMINATION_CASES) expect(examinationCase(c.id)).toBe(c);
  });

  it('never gives the answer away in the id or the history', () => {
    for (const c of EXAMINATION_CASES) {
      expect(c.id).toMatch(/^c[0-9a-z]{11}$/);
      const lesion = examinationLesion(c.lesion);
      const words = [c.lesion, lesion.name, 'left', 'right', 'sural', 'fibular', 'femoral', 'saddle', 'cauda'];
      for (const word of words) expect(c.history.story.toLowerCase()).not.toContain(word.toLowerCase());
      expect(c.history.age).toBeGreaterThanOrEqual(18);
    }
    expect(new Set(EXAMINATION_CASES.map((c) => c.history.story)).size).toBeGreaterThan(20);
  });
});

describe('probes', () => {
  it('rejects probes off the figure, on an unknown view, with a bad modality or the wrong side', () => {
    expect(validateProbe({ view: 'lateral', x: 100, y: 100, modality: 'pinprick' })).toMatchObject({ ok: false });
    expect(validateProbe({ view: 'anterior', x: 2, y: 2, modality: 'pinprick' })).toMatchObject({ ok: false });
    expect(validateProbe({ view: 'anterior', x: Number.NaN, y: 2, modality: 'pinprick' })).toMatchObject({ ok: false });
    expect(validateProbe({ view: 'anterior', x: 220, y: 1449, modality: 'vibration' })).toMatchObject({ ok: false });
    expect(validateProbe(null)).toMatchObject({ ok: false });
    const ok = validateProbe({ view: 'anterior', x: 220.2, y: 1449.6, modality: 'light-touch' });
    expect(ok).toMatchObject({ ok: true, side: 'right' });
    expect(validateProbe({ view: 'anterior', x: 220.2, y: 1449.6, modality: 'light-touch', side: 'left' })).toMatchObject({
      ok: false,
    });
    expect(() => probeResponse(EXAMINATION_CASES[0]!, { view: 'anterior', x: 2, y: 2, modality: 'pinprick' }, 0)).toThrow(
      RangeError,
    );
  });

  it.each(EXAMINATION_CASES.map((c) => [c.key, c] as const))(
    '%s: the centre of its territory answers abnormal, the mirror on the other side normal (unless bilateral)',
    (_key, c) => {
      const sides: SideId[] = c.side === 'both' ? ['right', 'left'] : [c.side];
      for (const side of sides) {
        const probe = centreOf(c, side);
        expect(probe).not.toBeNull();
        for (const modality of ['pinprick', 'light-touch'] as const) {
          for (let seq = 0; seq < 5; seq++) {
            expect(probeResponse(c, { ...probe!, modality }, seq)).not.toBe('normal');
            const mirrored = { ...probe!, modality, x: mirror(probe!.view, probe!.x) };
            const answer = probeResponse(c, mirrored, seq);
            if (c.side === 'both') expect(answer).not.toBe('normal');
            else expect(answer).toBe('normal');
          }
        }
      }
    },
  );

  it('answers the same probe the same way for the same case and sequence, and varies a little across sequences', () => {
    const c = examinationCase('examination-case:L5:left')!;
    const probe = centreOf(c, 'left')!;
    const answers = Array.from({ length: 40 }, (_, seq) => probeResponse(c, probe, seq));
    expect(Array.from({ length: 40 }, (_, seq) => probeResponse(c, probe, seq))).toEqual(answers);
    expect(answers.filter((a) => a === 'reduced').length).toBeGreaterThan(25);
    expect(answers).not.toContain('normal');
  });
});

describe('motor and reflexes', () => {
  it('follows the reference syndromes', () => {
    const L5 = examinationCase('examination-case:L5:right')!;
    expect(motorTest(L5, 'great-toe-extension', 'right')).toBeLessThan(5);
    expect(motorTest(L5, 'foot-inversion', 'right')).toBeLessThan(5);
    expect(motorTest(L5, 'hip-abduction', 'right')).toBeLessThan(5);
    expect(motorTest(L5, 'great-toe-extension', 'left')).toBe(5);
    expect(reflexTest(L5, 'knee', 'right')).toBe('normal');
    expect(reflexTest(L5, 'ankle', 'right')).toBe('normal');
    const fib = examinationCase('examination-case:common-fibular:right')!;
    expect(motorTest(fib, 'foot-inversion', 'right')).toBe(5);
    expect(motorTest(fib, 'hip-abduction', 'right')).toBe(5);
    expect(motorTest(fib, 'foot-eversion', 'right')).toBeLessThan(5);
    const s1 = examinationCase('examination-case:S1:left')!;
    expect(reflexTest(s1, 'ankle', 'left')).not.toBe('normal');
    expect(motorTest(s1, 'ankle-plantar-flexion', 'left')).toBeLessThan(5);
    const femoral = examinationCase('examination-case:femoral:left')!;
    expect(motorTest(femoral, 'hip-adduction', 'left')).toBe(5);
    expect(reflexTest(femoral, 'knee', 'left')).toBe('reduced');
    const ces = examinationCase('examination-case:cauda-equina:both')!;
    expect(reflexTest(ces, 'ankle', 'left')).not.toBe('normal');
    expect(reflexTest(ces, 'ankle', 'right')).not.toBe('normal');
    for (const c of EXAMINATION_CASES) expect(reflexTest(c, 'plantar', 'right')).toBe('flexor');
  });
});

/** What a patient with this lesion shows at one step of an examination (the probe's answer varies with the sequence). */
function observe(subject: LesionOnSide, step: ExaminationStep, seq: number): string {
  const patient = { id: `observer-${seq}`, ...subject };
  if (step.kind === 'probe') {
    const answer = probeResponse(patient, { view: step.view, x: step.x, y: step.y, modality: 'pinprick' }, seq);
    return answer === 'normal' ? 'normal' : 'abnormal';
  }
  if (step.kind === 'motor') return String(motorTest(patient, step.test, step.side));
  return reflexTest(patient, step.test, step.side);
}

/** Reference section 6 (nerve -> the roots it mimics) and section 9 (the distractor pairs). */
const REFERENCE_PAIRS: [ExaminationLesionId, ExaminationLesionId][] = [
  ['ilioinguinal', 'L1'],
  ['genitofemoral', 'L1'],
  ['genitofemoral', 'L2'],
  ['lateral-femoral-cutaneous', 'L2'],
  ['lateral-femoral-cutaneous', 'L3'],
  ['femoral', 'L2'],
  ['femoral', 'L3'],
  ['femoral', 'L4'],
  ['femoral', 'obturator'],
  ['obturator', 'L3'],
  ['obturator', 'L4'],
  ['saphenous', 'L4'],
  ['saphenous', 'L3'],
  ['common-fibular', 'L5'],
  ['superficial-fibular', 'L5'],
  ['deep-fibular', 'L5'],
  ['sural', 'S1'],
  ['tibial-tarsal-tunnel', 'S1'],
  ['sural', 'tibial-tarsal-tunnel'],
  ['posterior-femoral-cutaneous', 'S2'],
  ['sciatic', 'L5'],
  ['sciatic', 'S1'],
  ['S3-S5', 'cauda-equina'],
  ['pudendal', 'S3-S5'],
  ['L1', 'L2'],
  ['L2', 'L3'],
  ['L3', 'L4'],
  ['L4', 'L5'],
  ['L5', 'S1'],
  ['S1', 'S2'],
];

describe('efficient examination', () => {
  it.each(REFERENCE_PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]))(
    '%s is told from %s on either side by its efficient examination, whatever the patient’s variability',
    (a, b) => {
      for (const truth of ALL_LESIONS_ON_SIDES.filter((l) => l.lesion === a)) {
        const exam = efficientExamination(truth);
        for (const rival of ALL_LESIONS_ON_SIDES.filter((l) => l.lesion === b)) {
          expect(exam.lookAlikes).toContainEqual(rival);
          const told = exam.steps.some((step) =>
            Array.from({ length: 8 }, (_, seq) => seq).every((seq) => observe(truth, step, seq) !== observe(rival, step, seq)),
          );
          expect({ truth, rival, told }).toEqual({ truth, rival, told: true });
        }
      }
    },
  );

  it('tells every lesion from itself on the other side', () => {
    for (const truth of ALL_LESIONS_ON_SIDES.filter((l) => l.side !== 'both')) {
      const rival = { lesion: truth.lesion, side: truth.side === 'left' ? 'right' : 'left' } as const;
      const told = efficientExamination(truth).steps.some((step) => observe(truth, step, 0) !== observe(rival, step, 0));
      expect({ truth, told }).toEqual({ truth, told: true });
    }
  });

  it('starts from the numb skin and never decides on a finding that sources dispute', () => {
    for (const truth of ALL_LESIONS_ON_SIDES) {
      const [first] = efficientExamination(truth).steps;
      expect(first).toMatchObject({ kind: 'probe' });
      expect(first!.kind === 'probe' && first!.expected !== 'normal').toBe(true);
    }
    const l2 = efficientExamination({ lesion: 'L2', side: 'left' });
    expect(l2.steps.some((s) => s.kind === 'reflex' && s.test === 'knee')).toBe(false);
  });

  it.each(ALL_LESIONS_ON_SIDES.map((l) => [`${l.lesion}:${l.side}`, l] as const))(
    '%s is separated from every look-alike',
    (_name, truth) => {
      const exam = efficientExamination(truth);
      expect(exam.unseparated).toEqual([]);
      expect(exam.lookAlikes).toEqual(lookAlikesOf(truth));
      expect(exam.steps.length).toBeGreaterThan(0);
      expect(exam.steps.length).toBeLessThanOrEqual(8);
      expect(decidingFindings(truth).length).toBe(exam.steps.length);
    },
  );
});

describe('the "Examination cases" sub-deck', () => {
  it('has one card per case, whose id is the case id and whose mastery is the lesion’s roots', () => {
    const deck = cardsInDeck('examination-cases');
    expect(deck.length).toBe(EXAMINATION_CASES.length);
    for (const c of EXAMINATION_CASES) {
      const card = cardByKey(c.key)!;
      expect(card.id).toBe(c.id);
      expect(card.type).toBe('examination-case');
      expect(card.roots).toEqual(examinationLesion(c.lesion).masteryRoots);
      expect(card.roots.length).toBeGreaterThan(0);
    }
    expect(cardByKey('examination-case:sural:left')!.roots).toEqual(['S1', 'S2']);
  });

  it('shows nothing of the lesion on the question side', () => {
    for (const c of EXAMINATION_CASES) {
      const face = toCardFace(cardByKey(c.key)!);
      expect(face).toMatchObject({ answerKind: 'examination', map: null, options: null, clickView: null });
      const text = JSON.stringify(face);
      expect(text).not.toContain(c.lesion);
      expect(text).not.toMatch(/\b(left|right)\b/);
    }
  });

  it('grades a named lesion and side, and rejects answers of the wrong shape', () => {
    const card = cardByKey('examination-case:L5:left')!;
    expect(gradeAnswer(card, { lesion: 'L5', side: 'left' })).toMatchObject({ correct: true, partial: false });
    expect(gradeAnswer(card, { lesion: 'L5', side: 'right' })).toMatchObject({ correct: false, partial: true });
    expect(gradeAnswer(card, { lesion: 'S1', side: 'left' })).toMatchObject({ correct: false, partial: true });
    const wrong = gradeAnswer(card, { lesion: 'common-fibular', side: 'left' });
    expect(wrong).toMatchObject({ correct: false, partial: false });
    expect(wrong.expected).toMatchObject({ kind: 'examination', lesion: 'L5', side: 'left' });
    expect(() => gradeAnswer(card, { optionId: 'L5' })).toThrow(GradingError);
    expect(() => gradeAnswer(card, { lesion: 'L9', side: 'left' })).toThrow(GradingError);
    expect(() => gradeAnswer(card, { lesion: 'L5', side: 'up' })).toThrow(GradingError);
    expect(() => gradeAnswer(cardByKey('zone:anterior:L5')!, { lesion: 'L5', side: 'left' })).toThrow(GradingError);
  });

  it('draws the hidden lesion’s skin on its side on the answer side', () => {
    expect(answerMap(cardByKey('examination-case:sural:left')!)).toMatchObject({
      layer: 'nerves',
      side: 'left',
      highlightNerves: ['sural'],
    });
    expect(answerMap(cardByKey('examination-case:L4:right')!)).toMatchObject({
      layer: 'dermatomes',
      side: 'right',
      highlight: ['L4'],
    });
    expect(answerMap(cardByKey('examination-case:cauda-equina:both')!)).toMatchObject({ side: 'both', view: 'posterior' });
  });
});

describe('grading', () => {
  const L4 = { lesion: 'L4', side: 'left' } as const;
  it('grades right, partial and wrong', () => {
    expect(gradeExamination(L4, { lesion: 'L4', side: 'left' }).grade).toBe('right');
    expect(gradeExamination(L4, { lesion: 'L4', side: 'right' }).grade).toBe('partial');
    expect(gradeExamination(L4, { lesion: 'L5', side: 'left' }).grade).toBe('partial');
    expect(gradeExamination(L4, { lesion: 'L3', side: 'left' }).grade).toBe('partial');
    expect(gradeExamination(L4, { lesion: 'L5', side: 'right' }).grade).toBe('wrong');
    expect(gradeExamination(L4, { lesion: 'saphenous', side: 'left' }).grade).toBe('wrong');
    expect(gradeExamination(L4, { lesion: 'S1', side: 'left' }).grade).toBe('wrong');
    const ces = { lesion: 'cauda-equina', side: 'both' } as const;
    expect(gradeExamination(ces, { lesion: 'cauda-equina', side: 'both' }).grade).toBe('right');
    expect(gradeExamination(ces, { lesion: 'cauda-equina', side: 'left' }).grade).toBe('partial');
    expect(gradeExamination(ces, { lesion: 'S3-S5', side: 'both' }).grade).toBe('partial');
    const deep = { lesion: 'deep-fibular', side: 'right' } as const;
    expect(gradeExamination(deep, { lesion: 'common-fibular', side: 'right' }).grade).toBe('partial');
    expect(gradeExamination(deep, { lesion: 'L5', side: 'right' }).grade).toBe('wrong');
  });

  it('suggests a rating from the grade and the efficiency', () => {
    expect(suggestedExaminationRating('wrong', 3, 3)).toBe(1);
    expect(suggestedExaminationRating('partial', 3, 3)).toBe(2);
    expect(suggestedExaminationRating('right', 4, 3)).toBe(4);
    expect(suggestedExaminationRating('right', 15, 3)).toBe(3);
    expect(suggestedExaminationRating('right', 60, 3)).toBe(2);
  });
});

describe('motor and reflex test input', () => {
  it('accepts known tests on a side and says what is wrong otherwise', () => {
    expect(validateExaminationTest({ test: 'hip-abduction', side: 'left' })).toEqual({
      ok: true,
      kind: 'motor',
      test: 'hip-abduction',
      side: 'left',
    });
    expect(validateExaminationTest({ test: 'ankle', side: 'right' })).toMatchObject({ ok: true, kind: 'reflex' });
    expect(validateExaminationTest({ test: 'ankle', side: 'both' })).toMatchObject({ ok: false });
    expect(validateExaminationTest({ test: 'biceps', side: 'right' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Unknown test'),
    });
    expect(validateExaminationTest('ankle')).toMatchObject({ ok: false });
  });
});
