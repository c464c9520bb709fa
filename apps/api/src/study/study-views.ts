import {
  answerMap,
  expectedAnswer,
  GradingError,
  gradeAnswer,
  suggestedRating,
  type Card,
  type LearnerAnswer,
  type Source,
} from '@dermatome/data';
import { BadRequestException } from '@nestjs/common';
import { CARD_STATES, intervalLabel, type RatingPreview } from '../core/scheduler';
import type { CardStateRecord } from '../learning/card-states.repository';
import type { AnswerDto, CardStateDto, RatingPreviewDto, RevealResultDto } from './study.dto';

/** The API shape of a learner's card state. */
export function cardStateDto(s: CardStateRecord): CardStateDto {
  return {
    cardId: s.cardId,
    state: CARD_STATES[s.schedule.state],
    due: s.schedule.due.toISOString(),
    stability: s.schedule.stability,
    difficulty: s.schedule.difficulty,
    reps: s.schedule.reps,
    lapses: s.schedule.lapses,
    lastReview: s.schedule.lastReview?.toISOString() ?? null,
    version: s.version,
    suspended: s.suspended,
    buriedUntil: s.buriedUntil?.toISOString() ?? null,
    leech: s.leech,
  };
}

export function previewDto(p: RatingPreview): RatingPreviewDto {
  return {
    rating: p.rating,
    due: p.due.toISOString(),
    intervalSeconds: p.intervalSeconds,
    label: intervalLabel(p.intervalSeconds),
  };
}

export function toLearnerAnswer(answer: AnswerDto): LearnerAnswer {
  return answer.optionId !== undefined ? { optionId: answer.optionId } : { view: answer.view!, x: answer.x!, y: answer.y! };
}

/**
 * The answer side of a card, graded when the learner gave an answer. The data package grades
 * (the same geometry the web draws); its GradingError becomes a 400 naming the problem.
 */
export function revealCard(
  card: Card,
  source: Source,
  answer: AnswerDto | undefined,
): RevealResultDto & { answerGiven: LearnerAnswer | null } {
  let grade: { correct: boolean; partial: boolean } | null = null;
  let suggested: 1 | 2 | 3 | null = null;
  const given = answer ? toLearnerAnswer(answer) : null;
  let expected: ReturnType<typeof expectedAnswer>;
  try {
    if (given) {
      const result = gradeAnswer(card, given);
      grade = { correct: result.correct, partial: result.partial };
      suggested = suggestedRating(result) as 1 | 2 | 3;
      expected = result.expected;
    } else {
      expected = expectedAnswer(card);
    }
  } catch (error) {
    if (error instanceof GradingError) throw new BadRequestException(error.message);
    throw error;
  }
  return {
    cardId: card.id,
    grade,
    suggestedRating: suggested,
    expected,
    answerText: card.answerText,
    explanation: card.explanation,
    source: { key: source.key, label: source.label, citation: source.citation },
    answerMap: answerMap(card),
    answerGiven: given,
  };
}
