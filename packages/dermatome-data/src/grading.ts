import type { Card, CardAnswer, ClickTarget, ExpectedAnswer, Grade, LearnerAnswer, RootId, SideId, ViewId } from './types.js';
import { gradeExamination, lesionLabel } from './examination/efficient.js';
import { EXAMINATION_LESION_IDS, isExaminationLesionId } from './examination/lesions.js';
import { keyPoints, isNearKeyPoint, nerveContact, territoryNerves, zoneAt } from './maps/index.js';
import { representativeNervePoint, representativePoint } from './cards/generated/map-geometry.js';

/**
 * An answer of the wrong shape for the card (a click sent to a multiple-choice card, an option
 * that the card does not have, any answer to a flip card). The API answers it with HTTP 400 and
 * this message. A click that is merely wrong (off the figure, on another view or side, NaN or
 * infinite coordinates) is not an error: it is graded wrong.
 */
export class GradingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GradingError';
  }
}

type ChoiceAnswer = Extract<CardAnswer, { kind: 'choice' }>;
type ClickAnswer = Extract<CardAnswer, { kind: 'click' }>;
type ExaminationAnswer = Extract<CardAnswer, { kind: 'examination' }>;
type LearnerClick = Extract<LearnerAnswer, { view: ViewId }>;
type LearnerChoice = Extract<LearnerAnswer, { optionId: string }>;
type LearnerLesion = Extract<LearnerAnswer, { lesion: string }>;

function isClick(answer: LearnerAnswer): answer is LearnerClick {
  return 'view' in answer;
}

function isChoice(answer: LearnerAnswer): answer is LearnerChoice {
  return 'optionId' in answer;
}

function isLesion(answer: LearnerAnswer): answer is LearnerLesion {
  return 'lesion' in answer;
}

function keyPointOf(root: RootId, view: ViewId, side: SideId): { x: number; y: number } | null {
  const point = keyPoints.find((k) => k.root === root && k.view === view && k.side === side);
  return point ? { x: point.x, y: point.y } : null;
}

function expectedClick(answer: ClickAnswer): Extract<ExpectedAnswer, { kind: 'click' }> {
  const { target, view } = answer;
  const side = answer.side;
  const shownSide: SideId = side ?? 'right';
  const sideField = side ? { side } : {};
  if ('nerve' in target) {
    return {
      kind: 'click',
      view,
      nerve: target.nerve,
      ...sideField,
      point: representativeNervePoint(view, target.nerve, shownSide),
    };
  }
  if ('keyPoint' in target) {
    return { kind: 'click', view, root: target.keyPoint, ...sideField, point: keyPointOf(target.keyPoint, view, shownSide) };
  }
  return { kind: 'click', view, root: target.zone, ...sideField, point: representativePoint(view, target.zone, shownSide) };
}

export function expectedAnswer(card: Card): ExpectedAnswer {
  const { answer } = card;
  switch (answer.kind) {
    case 'choice': {
      const option = answer.options.find((o) => o.id === answer.correctOptionId);
      return { kind: 'choice', optionId: answer.correctOptionId, text: option?.text ?? card.answerText };
    }
    case 'click':
      return expectedClick(answer);
    case 'flip':
      return { kind: 'flip', text: answer.back };
    case 'examination':
      return { kind: 'examination', lesion: answer.lesion, side: answer.side, text: lesionLabel(answer) };
  }
}

function gradeChoice(card: Card, answer: ChoiceAnswer, learner: LearnerAnswer): Grade {
  if (!isChoice(learner)) {
    throw new GradingError(`card ${card.id} is multiple choice: send { optionId }`);
  }
  if (!answer.options.some((o) => o.id === learner.optionId)) {
    const known = answer.options.map((o) => o.id).join(', ');
    throw new GradingError(`card ${card.id} has no option "${String(learner.optionId)}" (options: ${known})`);
  }
  const correct = learner.optionId === answer.correctOptionId;
  return { correct, partial: false, expected: expectedAnswer(card) };
}

/** Right, partly right or wrong for a click on a target; 'wrong' for anything that does not fit. */
function clickResult(
  target: ClickTarget,
  view: ViewId,
  side: SideId | undefined,
  x: number,
  y: number,
): 'right' | 'partial' | 'wrong' {
  if ('nerve' in target) {
    const contact = nerveContact(view, x, y, territoryNerves(target.nerve), side);
    return contact === 'core' ? 'right' : contact === 'edge' ? 'partial' : 'wrong';
  }
  const hit = zoneAt(view, x, y);
  if (!hit || (side && hit.side !== side)) return 'wrong';
  const root = 'zone' in target ? target.zone : target.keyPoint;
  const touches = hit.root === root || hit.transition === root;
  if ('keyPoint' in target) {
    if (isNearKeyPoint(root, view, x, y, side)) return 'right';
    return touches ? 'partial' : 'wrong';
  }
  if (hit.root === root && hit.transition === null) return 'right';
  return touches ? 'partial' : 'wrong';
}

function gradeClick(card: Card, answer: ClickAnswer, learner: LearnerAnswer): Grade {
  if (!isClick(learner)) {
    throw new GradingError(`card ${card.id} asks for a click on the ${answer.view} view: send { view, x, y }`);
  }
  const expected = expectedAnswer(card);
  const { x, y } = learner;
  const fits =
    learner.view === answer.view && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y);
  const result = fits ? clickResult(answer.target, answer.view, answer.side, x, y) : 'wrong';
  return { correct: result === 'right', partial: result === 'partial', expected };
}

/**
 * An examination case: the named lesion and side, graded by gradeExamination (partial for the right
 * lesion on the wrong side, or an adjacent lesion on the right side).
 */
function gradeExaminationCard(card: Card, answer: ExaminationAnswer, learner: LearnerAnswer): Grade {
  if (!isLesion(learner)) {
    throw new GradingError(`card ${card.id} is an examination case: send { lesion, side }`);
  }
  if (!isExaminationLesionId(learner.lesion)) {
    throw new GradingError(
      `card ${card.id}: unknown lesion "${String(learner.lesion)}" (lesions: ${EXAMINATION_LESION_IDS.join(', ')})`,
    );
  }
  const side = learner.side;
  if (side !== 'right' && side !== 'left' && side !== 'both') {
    throw new GradingError(`card ${card.id}: side must be right, left or both`);
  }
  const result = gradeExamination(answer, { lesion: learner.lesion, side });
  return { correct: result.grade === 'right', partial: result.grade === 'partial', expected: expectedAnswer(card) };
}

/**
 * Grades a learner's answer. Choice: right iff the option id matches. Click on a zone: inside the
 * zone is right, in a transition band or a contested area touching it partly right. Click on a
 * key point: within KEY_POINT_TOLERANCE is right, elsewhere in that root's zone or its bands partly
 * right. Click on a nerve: inside its territory (any of its branches) is right, in its variable
 * edge partly right. A card that names a side accepts only clicks on that side of the patient.
 * A click off the figure, on another view, or with NaN or infinite coordinates is wrong.
 * Throws GradingError only for an answer of the wrong shape (see GradingError).
 */
export function gradeAnswer(card: Card, learner: LearnerAnswer): Grade {
  if (typeof learner !== 'object' || learner === null) {
    throw new GradingError(`card ${card.id}: the answer must be { optionId } or { view, x, y }`);
  }
  const { answer } = card;
  switch (answer.kind) {
    case 'choice':
      return gradeChoice(card, answer, learner);
    case 'click':
      return gradeClick(card, answer, learner);
    case 'flip':
      throw new GradingError(`card ${card.id} is a flip card: flip cards take no answer, the learner rates recall`);
    case 'examination':
      return gradeExaminationCard(card, answer, learner);
  }
}

/** The FSRS rating a grade suggests: wrong -> 1 (Again), partial -> 2 (Hard), correct -> 3 (Good). */
export function suggestedRating(grade: Grade): 1 | 2 | 3 | 4 {
  if (grade.correct) return 3;
  return grade.partial ? 2 : 1;
}
