import { randomUUID } from 'node:crypto';
import { CardCatalog } from '../../src/content/card-catalog.service';
import { simulateLearner } from '../../src/core/simulate';
import { addDaysToDate, studyDate } from '../../src/core/study-day';
import { CardStatesRepository } from '../../src/learning/card-states.repository';
import { ReviewLogsRepository } from '../../src/learning/review-logs.repository';
import { DEFAULT_STUDY_SETTINGS } from '../../src/learning/study-settings.repository';
import type { TestApp } from './test-app';

/**
 * Gives a learner a simulated review history (log and card states, as the demo seed does) over
 * `days` days up to yesterday. Returns how many reviews it wrote.
 */
export async function seedHistory(t: TestApp, userId: string, days: number, seed = 7, newPerDay = 20): Promise<number> {
  const now = t.clock.now();
  const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay };
  const today = studyDate(now, settings);
  const { reviews, schedules } = simulateLearner({
    cards: t.app.get(CardCatalog).cards,
    settings,
    from: addDaysToDate(today, -days),
    to: addDaysToDate(today, -1),
    skipChance: 0.1,
    notAfter: now,
    seed,
  });
  const versions = new Map<string, number>();
  const flags = { suspended: false, buriedUntil: null, leech: false };
  await t.dataSource.transaction(async (m) => {
    await t.app.get(ReviewLogsRepository).insertMany(
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
    await t.app.get(CardStatesRepository).insertMany(
      m,
      userId,
      [...schedules].map(([cardId, schedule]) => ({ cardId, schedule, version: versions.get(cardId) ?? 0, ...flags })),
    );
  });
  return reviews.length;
}
