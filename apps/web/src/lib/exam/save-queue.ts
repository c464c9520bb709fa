import type { Schema } from '@dermatome/api-client';

/**
 * The answers of an exam attempt on their way to the server. Every change (an answer, a cleared
 * answer, a flag) is written to storage the moment it is given and sent in the background, one
 * PUT at a time, so that a reload or a dropped connection loses nothing. Changes to one question
 * merge: only the latest answer and flag of each question are ever sent. A change leaves storage
 * only when the server has saved it (or refused it for good).
 *
 * Plain TypeScript: no Svelte, no DOM beyond an optional Storage, timers injectable for tests.
 */

export type ExamAnswer = Schema<'AnswerDto'>;
export type Attempt = Schema<'AttemptDto'>;

export interface PendingChange {
  position: number;
  /** Present when the answer changed; null clears it. */
  answer?: ExamAnswer | null;
  flagged?: boolean;
  /** Goes up with every merge, so that a save answered for an older copy does not drop a newer one. */
  seq: number;
}

export type SaveOutcome =
  | { kind: 'saved'; attempt: Attempt }
  /** No connection or a temporary failure: try again later. */
  | { kind: 'retry'; message: string }
  /** Refused for good (e.g. a tutor-mode answer is final): drop it and say why. */
  | { kind: 'rejected'; message: string }
  /** The attempt is over (time ran out, or it was submitted elsewhere): nothing more can be saved. */
  | { kind: 'closed'; message: string }
  | { kind: 'unauthorized'; message: string };

export type QueueStatus = 'idle' | 'sending' | 'waiting-to-retry' | 'closed' | 'signed-out';

export interface QueueStore {
  read(): PendingChange[];
  write(items: PendingChange[]): void;
}

export interface QueueSnapshot {
  pending: readonly PendingChange[];
  status: QueueStatus;
  lastError: string | null;
}

export interface SaveQueueOptions {
  store: QueueStore;
  send: (change: PendingChange) => Promise<SaveOutcome>;
  onChange?: (snapshot: QueueSnapshot) => void;
  onSaved?: (change: PendingChange, attempt: Attempt) => void;
  onRejected?: (change: PendingChange, message: string) => void;
  onClosed?: (message: string) => void;
  retryMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Merges a change into the list: one entry per question, the newest answer and flag winning. */
export function mergeChange(items: readonly PendingChange[], change: Omit<PendingChange, 'seq'>, seq: number): PendingChange[] {
  const existing = items.find((i) => i.position === change.position);
  if (!existing) return [...items, { ...change, seq }];
  const merged: PendingChange = { ...existing, seq };
  if ('answer' in change) merged.answer = change.answer;
  if (change.flagged !== undefined) merged.flagged = change.flagged;
  return items.map((i) => (i.position === change.position ? merged : i));
}

/** The body of PUT /exams/attempts/{id}/questions/{position} for a change. */
export function bodyOf(change: PendingChange): Schema<'SaveAnswerDto'> {
  return {
    ...('answer' in change ? { answer: change.answer ?? null } : {}),
    ...(change.flagged !== undefined ? { flagged: change.flagged } : {}),
  };
}

export class ExamSaveQueue {
  readonly #options: Required<Pick<SaveQueueOptions, 'retryMs' | 'setTimer' | 'clearTimer'>> & SaveQueueOptions;
  #items: PendingChange[];
  #seq: number;
  #sending: Promise<void> | null = null;
  #timer: unknown = null;
  #status: QueueStatus = 'idle';
  #lastError: string | null = null;

  constructor(options: SaveQueueOptions) {
    this.#options = {
      retryMs: 4000,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.#items = options.store.read();
    this.#seq = this.#items.reduce((max, i) => Math.max(max, i.seq), 0);
  }

  get pending(): readonly PendingChange[] {
    return this.#items;
  }

  get status(): QueueStatus {
    return this.#status;
  }

  /** Records a change and starts sending it. Ignored once the attempt is over. */
  enqueue(change: Omit<PendingChange, 'seq'>): void {
    if (this.#status === 'closed') return;
    this.#seq += 1;
    this.#items = mergeChange(this.#items, change, this.#seq);
    this.#persist();
    void this.flush();
  }

  /** Sends what is waiting, in order; resolves when the queue is empty or cannot go on for now. */
  flush(): Promise<void> {
    if (this.#sending) return this.#sending;
    if (this.#status === 'closed' || this.#items.length === 0) return Promise.resolve();
    if (this.#timer !== null) {
      this.#options.clearTimer(this.#timer);
      this.#timer = null;
    }
    this.#sending = this.#drain().finally(() => {
      this.#sending = null;
    });
    return this.#sending;
  }

  /** Resolves once nothing is in flight (sent, or waiting to retry). */
  async settled(): Promise<void> {
    while (this.#sending) await this.#sending;
  }

  /** Stops retrying (the page is going away). What is stored stays for the next visit. */
  stop(): void {
    if (this.#timer !== null) this.#options.clearTimer(this.#timer);
    this.#timer = null;
  }

  /** The attempt is over: nothing waiting can be saved any more; storage is cleared. */
  close(message: string): void {
    this.stop();
    this.#items = [];
    this.#status = 'closed';
    this.#lastError = message;
    this.#persist();
  }

  async #drain(): Promise<void> {
    while (this.#items.length > 0 && this.#status !== 'closed') {
      const change = this.#items[0]!;
      this.#setStatus('sending', null);
      const outcome = await this.#options.send(change);
      if (outcome.kind === 'saved') {
        this.#drop(change);
        this.#options.onSaved?.(change, outcome.attempt);
      } else if (outcome.kind === 'rejected') {
        this.#drop(change, true);
        this.#options.onRejected?.(change, outcome.message);
      } else if (outcome.kind === 'closed') {
        this.close(outcome.message);
        this.#options.onChange?.(this.snapshot());
        this.#options.onClosed?.(outcome.message);
        return;
      } else if (outcome.kind === 'unauthorized') {
        this.#setStatus('signed-out', outcome.message);
        return;
      } else {
        this.#setStatus('waiting-to-retry', outcome.message);
        this.#timer = this.#options.setTimer(() => {
          this.#timer = null;
          void this.flush();
        }, this.#options.retryMs);
        return;
      }
    }
    this.#setStatus('idle', null);
  }

  /** Removes a sent change, unless it was changed again meanwhile (then the newer one is sent next). */
  #drop(sent: PendingChange, evenIfNewer = false): void {
    this.#items = this.#items.filter((i) => i.position !== sent.position || (!evenIfNewer && i.seq !== sent.seq));
    this.#persist();
  }

  #setStatus(status: QueueStatus, error: string | null): void {
    this.#status = status;
    this.#lastError = error;
    this.#options.onChange?.(this.snapshot());
  }

  #persist(): void {
    this.#options.store.write(this.#items);
    this.#options.onChange?.(this.snapshot());
  }

  snapshot(): QueueSnapshot {
    return { pending: this.#items, status: this.#status, lastError: this.#lastError };
  }
}

export function memoryQueueStore(initial: PendingChange[] = []): QueueStore & { items: PendingChange[] } {
  const holder = {
    items: initial,
    read: () => holder.items,
    write: (items: PendingChange[]) => {
      holder.items = items;
    },
  };
  return holder;
}

/** Storage under one key per attempt; unreadable content counts as empty. */
export function localQueueStore(key: string, storage: Storage): QueueStore {
  return {
    read() {
      try {
        const parsed = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as PendingChange[]).filter((i) => Number.isInteger(i?.position)) : [];
      } catch {
        return [];
      }
    },
    write(items) {
      try {
        if (items.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(items));
      } catch {
        // storage full or denied: the page still holds the changes while it is open
      }
    },
  };
}
