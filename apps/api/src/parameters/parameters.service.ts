import { BadRequestException, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import {
  DEFAULT_WEIGHTS,
  MIN_REVIEWS_TO_OPTIMISE,
  REFIT_EVERY_REVIEWS,
  cardHistories,
  decideFit,
  isWeights,
  logLoss,
  optimiserItems,
  predictions,
  rescheduleCard,
  reviewsMissing,
  timeSplit,
  type FitReview,
} from '../core/fsrs-fit';
import { JobQueue } from '../jobs/job-queue.service';
import { CardStatesRepository } from '../learning/card-states.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { FsrsFitsRepository, type FitResult, type FitTrigger, type FsrsFitRecord } from './fsrs-fits.repository';
import { runOptimiser } from './optimiser-runner';

export const FSRS_FIT_JOB = 'fsrs-fit';
export const FSRS_FIT_SWEEP_JOB = 'fsrs-fit-sweep';
/** fsrs-rs returns the defaults under 8 items: below this there is nothing to fit. */
const MIN_TRAIN_ITEMS = 8;
/** The optimiser is stopped after this long. */
const OPTIMISER_TIMEOUT_MS = 120_000;
/** Learners queued per sweep. */
const SWEEP_BATCH = 50;

export interface ParametersStatus {
  reviewCount: number;
  minReviews: number;
  reviewsMissing: number;
  usingFittedWeights: boolean;
  pending: FsrsFitRecord | null;
  lastFit: FsrsFitRecord | null;
  keptFit: FsrsFitRecord | null;
}

/**
 * Per-learner FSRS weights: fits run as pg-boss jobs (on request, and from a periodic sweep once a
 * learner has a few hundred new reviews), the optimiser in a child process. New weights are kept
 * only when they lower log loss on the learner's later reviews; then the review cards are
 * rescheduled from their own history (the review log is untouched).
 */
@Injectable()
export class ParametersService implements OnModuleInit {
  private readonly logger = new Logger('Parameters');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly fits: FsrsFitsRepository,
    private readonly settings: StudySettingsRepository,
    private readonly states: CardStatesRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ fitId: number }>({
      name: FSRS_FIT_JOB,
      queue: { policy: 'standard', retryLimit: 1, retryDelay: 60, expireInSeconds: 600 },
      handler: async ({ fitId }) => {
        await this.runFit(fitId);
      },
    });
    this.jobs.define({
      name: FSRS_FIT_SWEEP_JOB,
      queue: { policy: 'singleton', retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
      cron: '*/30 * * * *',
      handler: async () => {
        await this.sweep();
      },
    });
  }

  async status(userId: string): Promise<ParametersStatus> {
    const m = this.dataSource.manager;
    const [reviewCount, pending, latest, settings] = await Promise.all([
      this.fits.reviewCount(m, userId),
      this.fits.pending(m, userId),
      this.fits.latest(m, userId),
      this.settings.get(m, userId),
    ]);
    return {
      reviewCount,
      minReviews: MIN_REVIEWS_TO_OPTIMISE,
      reviewsMissing: reviewsMissing(reviewCount),
      usingFittedWeights: settings.fsrsWeights !== null,
      pending,
      lastFit: latest.last,
      keptFit: latest.kept,
    };
  }

  /** Queues a fit for the learner (202), or refuses with how many more reviews are needed (400). */
  async request(userId: string): Promise<FsrsFitRecord> {
    return this.dataSource.transaction(async (m) => {
      // One request at a time per learner: lock their user row while checking for a pending fit.
      await m.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const count = await this.fits.reviewCount(m, userId);
      const missing = reviewsMissing(count);
      if (missing > 0)
        throw new BadRequestException(
          `Optimising needs at least ${MIN_REVIEWS_TO_OPTIMISE} reviews; you have ${count}, so ${missing} more are needed. ` +
            'Your scheduler keeps its current parameters.',
        );
      const pending = await this.fits.pending(m, userId);
      if (pending) return pending;
      return this.queue(m, userId, 'request');
    });
  }

  /** Queues a fit for every learner with enough new reviews since their last attempt. Returns how many. */
  async sweep(): Promise<number> {
    const users = await this.fits.dueForRefit(this.dataSource.manager, MIN_REVIEWS_TO_OPTIMISE, REFIT_EVERY_REVIEWS, SWEEP_BATCH);
    for (const userId of users) {
      await this.dataSource.transaction(async (m) => {
        await m.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
        if (!(await this.fits.pending(m, userId))) await this.queue(m, userId, 'sweep');
      });
    }
    return users.length;
  }

  private async queue(m: EntityManager, userId: string, trigger: FitTrigger): Promise<FsrsFitRecord> {
    const fit = await this.fits.create(m, userId, trigger, this.clock.now());
    await this.jobs.sendInTransaction(m, FSRS_FIT_JOB, { fitId: fit.id }, { singletonKey: `fit-${fit.id}` });
    return fit;
  }

  /** Runs one queued fit to its end (idempotent: a finished fit is left as it is). */
  async runFit(fitId: number): Promise<void> {
    const fit = await this.fits.find(this.dataSource.manager, fitId);
    if (!fit || fit.finishedAt) return;
    const m = this.dataSource.manager;
    const [reviews, settings] = await Promise.all([this.fits.reviews(m, fit.userId), this.settings.get(m, fit.userId)]);
    const result = await this.fit(reviews, settings.fsrsWeights ?? DEFAULT_WEIGHTS);
    await this.dataSource.transaction(async (tx) => {
      const locked = await this.fits.lock(tx, fitId);
      if (!locked || locked.finishedAt) return;
      if (result.kept && result.weights) {
        await this.settings.saveWeights(tx, fit.userId, result.weights);
        const current = await this.settings.get(tx, fit.userId);
        await this.reschedule(tx, fit.userId, reviews, result.weights, current.desiredRetention);
      }
      await this.fits.finish(tx, fitId, this.clock.now(), result);
    });
  }

  /** Fits weights on the earlier reviews and scores them, and the weights in use, on the later ones. */
  private async fit(reviews: FitReview[], current: readonly number[]): Promise<FitResult> {
    const split = timeSplit(reviews);
    const items = optimiserItems(split.train);
    const base = { reviewsUsed: reviews.length, trainItems: items.length, weights: null, kept: false };
    const before = predictions(current, reviews, split.cutoff);
    if (items.length < MIN_TRAIN_ITEMS)
      return {
        ...base,
        scoredReviews: before.length,
        logLossBefore: logLoss(before),
        logLossAfter: null,
        outcome: `too few reviews a day or more apart to fit on: ${items.length}, need ${MIN_TRAIN_ITEMS}`,
      };
    let weights: number[];
    try {
      weights = await runOptimiser(items, { enableShortTerm: true, numRelearningSteps: 1, timeoutMs: OPTIMISER_TIMEOUT_MS });
      if (!isWeights(weights)) throw new Error(`the optimiser returned ${(weights as unknown[]).length} weights, not 21`);
    } catch (error) {
      this.logger.warn(`FSRS fit failed: ${(error as Error).message}`);
      return {
        ...base,
        scoredReviews: before.length,
        logLossBefore: logLoss(before),
        logLossAfter: null,
        outcome: `failed: ${(error as Error).message}`,
      };
    }
    const after = predictions(weights, reviews, split.cutoff);
    const logLossBefore = logLoss(before);
    const logLossAfter = logLoss(after);
    const decision = decideFit({ before: logLossBefore, after: logLossAfter, scored: after.length });
    return {
      ...base,
      scoredReviews: after.length,
      logLossBefore,
      logLossAfter,
      weights,
      kept: decision.keep,
      outcome: decision.reason,
    };
  }

  /** Review cards get a due date from their own history under the new weights; the log is untouched. */
  private async reschedule(
    m: EntityManager,
    userId: string,
    reviews: FitReview[],
    weights: readonly number[],
    desiredRetention: number,
  ): Promise<void> {
    const histories = cardHistories(reviews);
    for (const state of await this.states.all(m, userId)) {
      if (state.schedule.state !== 2) continue;
      const history = histories.get(state.cardId);
      if (!history) continue;
      const next = rescheduleCard(weights, desiredRetention, state.schedule, history);
      await this.fits.reschedule(m, userId, state.cardId, state.version, next);
    }
  }
}
