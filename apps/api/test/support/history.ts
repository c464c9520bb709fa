import { CardCatalog } from '../../src/content/card-catalog.service';
import { simulateLearner } from '../../src/core/simulate';
import { addDaysToDate, studyDate } from '../../src/core/study-day';
import { CardStatesRepository } from '../../src/learning/card-states.repository';
import { ReviewLogsRepository } from '../../src/learning/review-logs.repository';
import { writeSimulatedHistory } from '../../src/learning/simulated-history';
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
  const history = simulateLearner({
    cards: t.app.get(CardCatalog).cards,
    settings,
    from: addDaysToDate(today, -days),
    to: addDaysToDate(today, -1),
    skipChance: 0.1,
    notAfter: now,
    seed,
  });
  await t.dataSource.transaction((m) =>
    writeSimulatedHistory(m, { logs: t.app.get(ReviewLogsRepository), states: t.app.get(CardStatesRepository) }, userId, history),
  );
  return history.reviews.length;
}
