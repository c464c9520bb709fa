import type { Card, CardAnswer, ExpectedAnswer, Grade, LearnerAnswer, RootId, ViewId } from './types.js';
import { KEY_POINT_TOLERANCE, keyPoints, zoneAt } from './maps/index.js';
import { representativePoint } from './cards/generated/map-geometry.js';

/** A learner answer that does not fit the card (the API answers it with HTTP 400 and this message). */
export class GradingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GradingError';
  }
}

type ChoiceAnswer = Extract<CardAnswer, { kind: 'choice' }>;
type ClickAnswer = Extract<CardAnswer, { kind: 'click' }>;
type ClickTarget = ClickAnswer['target'];
type LearnerClick = Extract<LearnerAnswer, { view: ViewId }>;

function isClick(answer: LearnerAnswer): answer is LearnerClick {
  return 'view' in answer;
}

function targetRoot(target: ClickTarget): RootId {
  return 'zone' in target ? target.zone : target.keyPoint;
}

function keyPointOf(root: RootId, view: ViewId): { x: number; y: number } {
  const point = keyPoints.find((k) => k.root === root && k.view === view);
  if (!point) throw new GradingError(`no ${root} key point on the ${view} view`);
  return { x: point.x, y: point.y };
}

export function expectedAnswer(card: Card): ExpectedAnswer {
  const { answer } = card;
  switch (answer.kind) {
    case 'choice': {
      const option = answer.options.find((o) => o.id === answer.correctOptionId);
      return { kind: 'choice', optionId: answer.correctOptionId, text: option?.text ?? card.answerText };
    }
    case 'click': {
      const root = targetRoot(answer.target);
      const point = 'keyPoint' in answer.target ? keyPointOf(root, answer.view) : representativePoint(answer.view, root);
      return { kind: 'click', view: answer.view, root, point };
    }
    case 'flip':
      return { kind: 'flip', text: answer.back };
  }
}

function gradeChoice(card: Card, answer: ChoiceAnswer, learner: LearnerAnswer): Grade {
  if (isClick(learner)) {
    throw new GradingError(`card ${card.id} is multiple choice: send { optionId }, not a map click`);
  }
  if (!answer.options.some((o) => o.id === learner.optionId)) {
    const known = answer.options.map((o) => o.id).join(', ');
    throw new GradingError(`card ${card.id} has no option "${learner.optionId}" (options: ${known})`);
  }
  const correct = learner.optionId === answer.correctOptionId;
  return { correct, partial: false, expected: expectedAnswer(card) };
}

function checkClick(card: Card, answer: ClickAnswer, learner: LearnerAnswer): LearnerClick {
  if (!isClick(learner)) {
    throw new GradingError(`card ${card.id} asks for a click on the ${answer.view} view: send { view, x, y }`);
  }
  if (learner.view !== answer.view) {
    throw new GradingError(`card ${card.id} is answered on the ${answer.view} view, not the ${learner.view} view`);
  }
  if (!Number.isFinite(learner.x) || !Number.isFinite(learner.y)) {
    throw new GradingError(`card ${card.id}: click coordinates must be finite numbers`);
  }
  return learner;
}

/** True when the hit is in the root's zone or in a transition band that touches it. */
function touchesRoot(hit: ReturnType<typeof zoneAt>, root: RootId): boolean {
  return hit !== null && (hit.root === root || hit.transition === root);
}

function gradeClick(card: Card, answer: ClickAnswer, learner: LearnerAnswer): Grade {
  const click = checkClick(card, answer, learner);
  const expected = expectedAnswer(card);
  const root = targetRoot(answer.target);
  const hit = zoneAt(click.view, click.x, click.y);
  if ('zone' in answer.target) {
    const inZone = hit !== null && hit.root === root && hit.transition === null;
    const inBand = !inZone && hit !== null && hit.transition !== null && touchesRoot(hit, root);
    return { correct: inZone, partial: inBand, expected };
  }
  const point = keyPointOf(root, answer.view);
  const nearPoint = Math.hypot(click.x - point.x, click.y - point.y) <= KEY_POINT_TOLERANCE;
  return { correct: nearPoint, partial: !nearPoint && touchesRoot(hit, root), expected };
}

/**
 * Grades a learner's answer. Choice: right iff the option id matches. Click on a zone: inside the zone
 * is right, in a transition band touching it is partly right. Click on a key point: within
 * KEY_POINT_TOLERANCE is right, elsewhere in that root's zone or its bands partly right.
 * Throws GradingError when the answer does not fit the card.
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
  }
}

/** The FSRS rating a grade suggests: wrong -> 1 (Again), partial -> 2 (Hard), correct -> 3 (Good). */
export function suggestedRating(grade: Grade): 1 | 2 | 3 | 4 {
  if (grade.correct) return 3;
  return grade.partial ? 2 : 1;
}
