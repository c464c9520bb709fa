import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { simulateLearner } from '../core/simulate';
import type { CardStatesRepository } from './card-states.repository';
import type { ReviewLogsRepository } from './review-logs.repository';

export type SimulatedHistory = ReturnType<typeof simulateLearner>;

/**
 * Writes a simulated learner's history (demo accounts, tests): the review log in order, each
 * card's versions counted as the live path counts them, then the resulting card states.
 */
export async function writeSimulatedHistory(
  m: EntityManager,
  repositories: { logs: ReviewLogsRepository; states: CardStatesRepository },
  userId: string,
  { reviews, schedules }: SimulatedHistory,
): Promise<void> {
  const versions = new Map<string, number>();
  const flags = { suspended: false, buriedUntil: null, leech: false };
  await repositories.logs.insertMany(
    m,
    reviews.map((r) => {
      const version = (versions.get(r.cardId) ?? 0) + 1;
      versions.set(r.cardId, version);
      return {
        reviewId: randomUUID(),
        userId,
        cardId: r.cardId,
        log: r.log,
        reviewedAt: r.reviewedAt,
        studyDate: r.studyDate,
        durationMs: r.durationMs,
        answer: null,
        correct: null,
        partial: null,
        flagsBefore: flags,
        stateAfter: r.after,
        versionAfter: version,
        response: { simulated: true },
      };
    }),
  );
  await repositories.states.insertMany(
    m,
    userId,
    [...schedules].map(([cardId, schedule]) => ({ cardId, schedule, version: versions.get(cardId) ?? 0, ...flags })),
  );
}
