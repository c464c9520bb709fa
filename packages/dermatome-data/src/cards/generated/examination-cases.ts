import type { CardDraft, SourceKey } from '../../types.js';
import { nerveById, rootById } from '../../facts/index.js';
import { EXAMINATION_CASES, type ExaminationCase } from '../../examination/cases.js';
import { examinationLesion } from '../../examination/lesions.js';
import { lesionLabel } from '../../examination/efficient.js';

/** Why the findings point to this lesion and not to its look-alikes, from the facts. */
function caseExplanation(c: ExaminationCase): { text: string; source: SourceKey } {
  const lesion = examinationLesion(c.lesion);
  switch (lesion.kind) {
    case 'root': {
      const facts = rootById(lesion.skinRoots[0]!);
      return {
        text:
          `${[facts.syndrome.sensory, facts.syndrome.motor, facts.syndrome.reflex].map((t) => t.replace(/\.$/, '')).join('. ')}. ` +
          'A root lesion follows the dermatome and rarely takes all feeling away, because neighbouring roots overlap.',
        source: facts.syndrome.source,
      };
    }
    case 'saddle':
      return {
        text:
          'Numb skin around the anus and over both sitting bones (the S3-S5 saddle) with normal power and reflexes ' +
          'in the legs: the lowest sacral roots, a red flag that needs urgent imaging.',
        source: 'GIRFT_CES',
      };
    case 'cauda-equina':
      return {
        text:
          'Saddle numbness on both sides together with findings in both legs (weak plantar flexion, lost ankle ' +
          'jerks, numb S1 and S2 skin): cauda equina syndrome, an emergency for same-day MRI.',
        source: 'GIRFT_CES',
      };
    case 'nerve': {
      const facts = nerveById(c.lesion as Parameters<typeof nerveById>[0]);
      return { text: `${facts.skin}. ${facts.distinguishingFeatures}`, source: facts.source };
    }
  }
}

const DIFFICULTY: Record<ReturnType<typeof examinationLesion>['kind'], number> = {
  root: 0.5,
  saddle: 0.45,
  'cauda-equina': 0.5,
  nerve: 0.65,
};

/**
 * One card per examination case (sub-deck "Examination cases"): the prompt is the history, the
 * answer is the lesion and side, and mastery counts for the lesion's roots (a nerve's for its roots).
 * The card's readable id is the case's key, so the card's opaque id is the case's id.
 */
export function examinationCaseCards(): CardDraft[] {
  return EXAMINATION_CASES.map((c): CardDraft => {
    const lesion = examinationLesion(c.lesion);
    const explanation = caseExplanation(c);
    return {
      id: c.key,
      type: 'examination-case',
      deck: 'examination-cases',
      roots: [...lesion.masteryRoots],
      prompt: c.history.story,
      map: null,
      answer: { kind: 'examination', lesion: c.lesion, side: c.side },
      explanation: explanation.text,
      source: explanation.source,
      difficulty: DIFFICULTY[lesion.kind],
      answerText: lesionLabel(c),
    };
  });
}
