import type { Schema } from '@dermatome/api-client';

/**
 * The outbox of ratings: each rating is written to storage the moment it is given and sent to the
 * API in the background, in order: one at a time (`send`) or as many as a batch takes (`sendBatch`,
 * whose results come back one per review, in order). An item leaves storage only when the API has
 * acknowledged it (or refused it for good), so a closed tab or a dropped network loses nothing;
 * the client-made reviewId makes a resend harmless (the API applies a reviewId once).
 *
 * Plain TypeScript: no Svelte, no DOM beyond an optional Storage, timers injectable for tests.
 */

export type Rating = 1 | 2 | 3 | 4;
export type LearnerAnswer = Schema<'AnswerDto'>;
export type ReviewResult = Schema<'ReviewResultDto'>;

/** Exactly the body of POST /study/reviews. */
export interface PendingReview {
  reviewId: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
  version: number;
  answer?: LearnerAnswer;
}

export type SendOutcome =
  | { kind: 'acknowledged'; result: ReviewResult }
  /** The API refused the review for good (stale version, reused id, card gone): retrying cannot help. */
  | { kind: 'rejected'; status: number; message: string }
  /** No answer or a temporary failure (network, 5xx, 429): try again later. */
  | { kind: 'retry'; message: string }
  /** The session ended: keep everything until the learner signs in again. */
  | { kind: 'unauthorized'; message: string };

export type OutboxStatus =
  /** Nothing to send, or sending normally. */
  | 'idle'
  | 'sending'
  /** The last attempt failed; the next one is scheduled (see retryAt). */
  | 'waiting-to-retry'
  /** The API said the session ended. */
  | 'signed-out';

/** What a batch sender answers: one outcome per item sent, in order, or one outcome for all of them. */
export type BatchSendOutcome =
  { kind: 'results'; outcomes: SendOutcome[] } | Extract<SendOutcome, { kind: 'retry' } | { kind: 'unauthorized' }>;

export interface OutboxStore {
  read(): PendingReview[];
  write(items: PendingReview[]): void;
}

export interface OutboxSnapshot {
  pending: readonly PendingReview[];
  status: OutboxStatus;
  /** When the next attempt is due (epoch ms) while waiting to retry. */
  retryAt: number | null;
  lastError: string | null;
}

export interface OutboxOptions {
  store: OutboxStore;
  /** Sends one rating (when no sendBatch is given). */
  send?: (item: PendingReview) => Promise<SendOutcome>;
  /** Sends up to batchSize ratings at once, oldest first. */
  sendBatch?: (items: PendingReview[]) => Promise<BatchSendOutcome>;
  batchSize?: number;
  onChange?: (snapshot: OutboxSnapshot) => void;
  onAcknowledged?: (item: PendingReview, result: ReviewResult) => void;
  onRejected?: (item: PendingReview, status: number, message: string) => void;
  /** First retry delay and the cap; the delay doubles after every failure in a row. */
  backoff?: { initialMs: number; maxMs: number };
  random?: () => number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class ReviewOutbox {
  readonly #options: Required<Omit<OutboxOptions, 'onChange' | 'onAcknowledged' | 'onRejected' | 'send' | 'sendBatch'>> &
    Pick<OutboxOptions, 'onChange' | 'onAcknowledged' | 'onRejected' | 'send' | 'sendBatch'>;
  /** The reviewIds being sent right now. */
  #inFlight = new Set<string>();
  #sending: Promise<void> | null = null;
  #failures = 0;
  #timer: unknown = null;
  #status: OutboxStatus = 'idle';
  #retryAt: number | null = null;
  #lastError: string | null = null;
  #stopped = false;

  constructor(options: OutboxOptions) {
    this.#options = {
      backoff: { initialMs: 1000, maxMs: 60_000 },
      random: Math.random,
      now: Date.now,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      batchSize: 1,
      ...options,
    };
    if (!options.send && !options.sendBatch) throw new Error('The outbox needs send or sendBatch');
  }

  /** Ratings not yet acknowledged, oldest first (the one being sent included). */
  get pending(): readonly PendingReview[] {
    return this.#options.store.read();
  }

  get snapshot(): OutboxSnapshot {
    return { pending: this.pending, status: this.#status, retryAt: this.#retryAt, lastError: this.#lastError };
  }

  hasPendingFor(cardId: string): boolean {
    return this.pending.some((item) => item.cardId === cardId);
  }

  /** Stores a rating and starts sending it. */
  enqueue(item: PendingReview): void {
    const items = this.#options.store.read().filter((existing) => existing.reviewId !== item.reviewId);
    this.#options.store.write([...items, item]);
    this.#changed();
    this.#pump();
  }

  /**
   * Takes back a rating that has not reached the API (undo before it was sent).
   * 'in-flight': it is being sent right now; wait with whenSettled() and ask again.
   * 'absent': it is not here (already acknowledged, or never was).
   */
  withdraw(reviewId: string): 'withdrawn' | 'in-flight' | 'absent' {
    if (this.#inFlight.has(reviewId)) return 'in-flight';
    const items = this.#options.store.read();
    if (!items.some((item) => item.reviewId === reviewId)) return 'absent';
    this.#options.store.write(items.filter((item) => item.reviewId !== reviewId));
    this.#changed();
    return 'withdrawn';
  }

  /** Resolves when no request is in flight. */
  async whenSettled(): Promise<void> {
    while (this.#sending) await this.#sending;
  }

  /** Sends what is waiting now instead of at the scheduled retry (back online, signed in again). */
  retryNow(): void {
    if (this.#stopped) return;
    this.#clearTimer();
    if (this.#status === 'waiting-to-retry' || this.#status === 'signed-out') this.#setStatus('idle');
    this.#failures = 0;
    this.#pump();
  }

  /** Stops sending (the page goes away); what is stored stays for the next start. */
  stop(): void {
    this.#stopped = true;
    this.#clearTimer();
  }

  #pump(): void {
    if (this.#stopped || this.#sending || this.#timer !== null || this.#status === 'signed-out') return;
    if (this.#options.store.read().length === 0) return;
    this.#sending = this.#drain().finally(() => {
      this.#sending = null;
    });
  }

  async #drain(): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const waiting = this.#options.store.read();
      if (waiting.length === 0) {
        this.#setStatus('idle');
        return;
      }
      const batch = this.#options.sendBatch ? waiting.slice(0, Math.max(1, this.#options.batchSize)) : waiting.slice(0, 1);
      this.#inFlight = new Set(batch.map((item) => item.reviewId));
      this.#setStatus('sending');
      let outcomes: SendOutcome[];
      try {
        outcomes = await this.#sendAll(batch);
      } catch (error) {
        outcomes = [{ kind: 'retry', message: error instanceof Error ? error.message : String(error) }];
      } finally {
        this.#inFlight = new Set();
      }
      for (const [i, item] of batch.entries()) {
        const outcome = outcomes[i] ?? outcomes[outcomes.length - 1] ?? { kind: 'retry', message: 'No answer for this rating' };
        switch (outcome.kind) {
          case 'acknowledged':
            this.#failures = 0;
            this.#lastError = null;
            this.#remove(item.reviewId);
            this.#options.onAcknowledged?.(item, outcome.result);
            break;
          case 'rejected':
            this.#failures = 0;
            this.#remove(item.reviewId);
            this.#options.onRejected?.(item, outcome.status, outcome.message);
            break;
          case 'unauthorized':
            this.#lastError = outcome.message;
            this.#setStatus('signed-out');
            return;
          case 'retry':
            this.#lastError = outcome.message;
            this.#scheduleRetry();
            return;
        }
      }
    }
  }

  /** One outcome per item, in order (a whole-batch failure repeated for each). */
  async #sendAll(batch: PendingReview[]): Promise<SendOutcome[]> {
    const { send, sendBatch } = this.#options;
    if (!sendBatch) return [await send!(batch[0]!)];
    const answer = await sendBatch(batch);
    return answer.kind === 'results' ? answer.outcomes : batch.map(() => answer);
  }

  #scheduleRetry(): void {
    const { initialMs, maxMs } = this.#options.backoff;
    const base = Math.min(maxMs, initialMs * 2 ** this.#failures);
    // jitter keeps many tabs (or learners) from retrying in lockstep
    const delay = Math.round(base * (0.5 + this.#options.random() / 2));
    this.#failures += 1;
    this.#retryAt = this.#options.now() + delay;
    this.#setStatus('waiting-to-retry');
    this.#timer = this.#options.setTimer(() => {
      this.#timer = null;
      this.#retryAt = null;
      this.#pump();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#options.clearTimer(this.#timer);
    this.#timer = null;
    this.#retryAt = null;
  }

  #remove(reviewId: string): void {
    this.#options.store.write(this.#options.store.read().filter((item) => item.reviewId !== reviewId));
    this.#changed();
  }

  #setStatus(status: OutboxStatus): void {
    if (status !== 'waiting-to-retry') this.#retryAt = null;
    this.#status = status;
    this.#changed();
  }

  #changed(): void {
    this.#options.onChange?.(this.snapshot);
  }
}

/** Keeps the outbox in localStorage (one key per learner), re-read on every use so tabs agree. */
export function localStorageStore(key: string, storage: Storage): OutboxStore {
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? parsed.filter(isPendingReview) : [];
      } catch {
        return [];
      }
    },
    write(items) {
      if (items.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(items));
    },
  };
}

/** An in-memory store, for tests and for browsers that refuse localStorage. */
export function memoryStore(initial: PendingReview[] = []): OutboxStore {
  let items = [...initial];
  return {
    read: () => [...items],
    write: (next) => {
      items = [...next];
    },
  };
}

function isPendingReview(value: unknown): value is PendingReview {
  const item = value as Partial<PendingReview> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.reviewId === 'string' &&
    typeof item.cardId === 'string' &&
    [1, 2, 3, 4].includes(item.rating as number) &&
    typeof item.durationMs === 'number' &&
    typeof item.version === 'number'
  );
}
