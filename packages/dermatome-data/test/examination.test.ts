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
  decidingFindings,
  suggestedExaminationRating,
  motorTest,
  reflexTest,
  type ExaminationCase,
  type ExaminationProbe,
} from '../src/examination/index.js';
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

describe('efficient examination', () => {
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
