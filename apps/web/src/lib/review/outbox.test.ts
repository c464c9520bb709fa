import { describe, expect, it, vi } from 'vitest';
import { memoryStore, ReviewOutbox, type PendingReview, type SendOutcome, type ReviewResult } from './outbox';

const review = (n: number, cardId = `card-${n}`): PendingReview => ({
  reviewId: `00000000-0000-4000-8000-00000000000${n}`,
  cardId,
  rating: 3,
  durationMs: 1000,
  version: 0,
});

const ack = (item: PendingReview): SendOutcome => ({
  kind: 'acknowledged',
  result: { reviewId: item.reviewId, cardId: item.cardId, state: { version: 1 } } as unknown as ReviewResult,
});

/** Fake timers that the test fires by hand. */
function manualTimers() {
  const timers: { run: () => void; ms: number }[] = [];
  return {
    timers,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const index = timers.indexOf(timer as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
    fire: () => timers.shift()?.run(),
  };
}

describe('ReviewOutbox', () => {
  it('sends in order and removes an item only when the API acknowledged it', async () => {
    const store = memoryStore();
    const sent: string[] = [];
    const outbox = new ReviewOutbox({
      store,
      send: async (item) => {
        sent.push(item.reviewId);
        expect(store.read()[0]?.reviewId).toBe(item.reviewId);
        return ack(item);
      },
    });
    outbox.enqueue(review(1));
    outbox.enqueue(review(2));
    await outbox.whenSettled();
    expect(sent).toEqual([review(1).reviewId, review(2).reviewId]);
    expect(outbox.pending).toEqual([]);
  });

  it('keeps items through network failures and retries with growing delays', async () => {
    const timers = manualTimers();
    let online = false;
    const send = vi.fn(async (item: PendingReview): Promise<SendOutcome> =>
      online ? ack(item) : { kind: 'retry', message: 'offline' },
    );
    const outbox = new ReviewOutbox({ store: memoryStore(), send, random: () => 1, ...timers });
    outbox.enqueue(review(1));
    await outbox.whenSettled();
    expect(outbox.snapshot.status).toBe('waiting-to-retry');
    expect(timers.timers.map((t) => t.ms)).toEqual([1000]);
    timers.fire();
    await outbox.whenSettled();
    expect(timers.timers.map((t) => t.ms)).toEqual([2000]);
    timers.fire();
    await outbox.whenSettled();
    expect(timers.timers.map((t) => t.ms)).toEqual([4000]);
    expect(outbox.pending).toHaveLength(1);

    online = true;
    outbox.retryNow();
    await outbox.whenSettled();
    expect(outbox.pending).toEqual([]);
    expect(timers.timers).toEqual([]);
    expect(outbox.snapshot.status).toBe('idle');
  });

  it('caps the delay and spreads retries with jitter', async () => {
    const timers = manualTimers();
    const outbox = new ReviewOutbox({
      store: memoryStore([review(1)]),
      send: async () => ({ kind: 'retry', message: 'down' }),
      backoff: { initialMs: 1000, maxMs: 5000 },
      random: () => 0,
      ...timers,
    });
    outbox.retryNow();
    for (let i = 0; i < 6; i++) {
      await outbox.whenSettled();
      timers.fire();
    }
    await outbox.whenSettled();
    // random 0 halves the delay; the base never passes the cap
    expect(timers.timers[0]?.ms).toBe(2500);
  });

  it('drops a refused item (stale version) and reports it, then goes on with the next', async () => {
    const refused: string[] = [];
    const outbox = new ReviewOutbox({
      store: memoryStore(),
      send: async (item) =>
        item.reviewId === review(1).reviewId ? { kind: 'rejected', status: 409, message: 'This card changed' } : ack(item),
      onRejected: (item, status, message) => refused.push(`${item.reviewId} ${status} ${message}`),
    });
    outbox.enqueue(review(1));
    outbox.enqueue(review(2));
    await outbox.whenSettled();
    expect(refused).toEqual([`${review(1).reviewId} 409 This card changed`]);
    expect(outbox.pending).toEqual([]);
  });

  it('stops on an ended session and keeps everything until told to retry', async () => {
    let signedIn = false;
    const outbox = new ReviewOutbox({
      store: memoryStore(),
      send: async (item) => (signedIn ? ack(item) : { kind: 'unauthorized', message: 'Sign in' }),
    });
    outbox.enqueue(review(1));
    await outbox.whenSettled();
    outbox.enqueue(review(2));
    await outbox.whenSettled();
    expect(outbox.snapshot.status).toBe('signed-out');
    expect(outbox.pending).toHaveLength(2);
    signedIn = true;
    outbox.retryNow();
    await outbox.whenSettled();
    expect(outbox.pending).toEqual([]);
  });

  it('lets undo withdraw an item not yet sent, but not the one in flight', async () => {
    let release: (outcome: SendOutcome) => void = () => {};
    const outbox = new ReviewOutbox({
      store: memoryStore(),
      send: (item) => new Promise<SendOutcome>((resolve) => (release = () => resolve(ack(item)))),
    });
    outbox.enqueue(review(1));
    outbox.enqueue(review(2));
    expect(outbox.withdraw(review(1).reviewId)).toBe('in-flight');
    expect(outbox.withdraw(review(2).reviewId)).toBe('withdrawn');
    expect(outbox.withdraw(review(3).reviewId)).toBe('absent');
    release(ack(review(1)));
    await outbox.whenSettled();
    expect(outbox.withdraw(review(1).reviewId)).toBe('absent');
    expect(outbox.pending).toEqual([]);
  });

  it('resumes from what storage holds (a reload) and never keeps one reviewId twice', async () => {
    const store = memoryStore([review(1), review(2)]);
    const sent: string[] = [];
    const outbox = new ReviewOutbox({ store, send: async (item) => (sent.push(item.reviewId), ack(item)) });
    outbox.enqueue(review(2));
    await outbox.whenSettled();
    expect(sent).toEqual([review(1).reviewId, review(2).reviewId]);
  });

  it('treats a send that throws as a failure to retry, not a loss', async () => {
    const timers = manualTimers();
    const outbox = new ReviewOutbox({
      store: memoryStore(),
      send: async () => {
        throw new TypeError('Failed to fetch');
      },
      ...timers,
    });
    outbox.enqueue(review(1));
    await outbox.whenSettled();
    expect(outbox.pending).toHaveLength(1);
    expect(outbox.snapshot.lastError).toBe('Failed to fetch');
  });

  describe('in batches', () => {
    it('sends the oldest ratings together, at most batchSize a request, and handles each result on its own', async () => {
      const batches: string[][] = [];
      const acknowledged: string[] = [];
      const rejected: [string, number][] = [];
      const outbox = new ReviewOutbox({
        store: memoryStore([review(1), review(2), review(3), review(4), review(5)]),
        batchSize: 2,
        sendBatch: async (items) => {
          batches.push(items.map((i) => i.cardId));
          return {
            kind: 'results',
            outcomes: items.map((item) =>
              item.cardId === 'card-2' ? { kind: 'rejected', status: 409, message: 'stale' } : ack(item),
            ),
          };
        },
        onAcknowledged: (item) => acknowledged.push(item.cardId),
        onRejected: (item, status) => rejected.push([item.cardId, status]),
      });
      outbox.retryNow();
      await outbox.whenSettled();
      expect(batches).toEqual([['card-1', 'card-2'], ['card-3', 'card-4'], ['card-5']]);
      expect(acknowledged).toEqual(['card-1', 'card-3', 'card-4', 'card-5']);
      expect(rejected).toEqual([['card-2', 409]]);
      expect(outbox.pending).toEqual([]);
    });

    it('keeps what was not acknowledged when a batch fails, and the items after a failed result', async () => {
      const timers = manualTimers();
      let attempt = 0;
      const outbox = new ReviewOutbox({
        store: memoryStore([review(1), review(2), review(3)]),
        batchSize: 10,
        random: () => 1,
        ...timers,
        sendBatch: async (items) => {
          attempt++;
          if (attempt === 1) return { kind: 'retry', message: 'offline' };
          if (attempt === 2)
            return { kind: 'results', outcomes: [ack(items[0]!), { kind: 'retry', message: 'busy' }, ack(items[2]!)] };
          return { kind: 'results', outcomes: items.map(ack) };
        },
      });
      outbox.retryNow();
      await outbox.whenSettled();
      expect(outbox.pending.map((i) => i.cardId)).toEqual(['card-1', 'card-2', 'card-3']);
      expect(outbox.snapshot.status).toBe('waiting-to-retry');
      timers.fire();
      await outbox.whenSettled();
      expect(outbox.pending.map((i) => i.cardId)).toEqual(['card-2', 'card-3']);
      timers.fire();
      await outbox.whenSettled();
      expect(outbox.pending).toEqual([]);
      expect(attempt).toBe(3);
    });

    it('treats every rating of a batch in flight as in flight (undo waits for it)', async () => {
      let release: () => void = () => {};
      const outbox = new ReviewOutbox({
        store: memoryStore(),
        batchSize: 5,
        sendBatch: (items) =>
          new Promise((resolve) => {
            release = () => resolve({ kind: 'results', outcomes: items.map(ack) });
          }),
      });
      outbox.enqueue(review(1));
      expect(outbox.withdraw(review(1).reviewId)).toBe('in-flight');
      release();
      await outbox.whenSettled();
      expect(outbox.withdraw(review(1).reviewId)).toBe('absent');
    });
  });
});
