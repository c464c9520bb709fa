import { describe, expect, it } from 'vitest';
import { bodyOf, ExamSaveQueue, memoryQueueStore, mergeChange, type Attempt, type SaveOutcome } from './save-queue';

const saved = (): SaveOutcome => ({ kind: 'saved', attempt: { id: 'a' } as Attempt });

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
  };
}

describe('mergeChange', () => {
  it('keeps one entry per question, the newest answer and flag winning', () => {
    let items = mergeChange([], { position: 1, answer: { optionId: 'a' } }, 1);
    items = mergeChange(items, { position: 2, flagged: true }, 2);
    items = mergeChange(items, { position: 1, flagged: true }, 3);
    items = mergeChange(items, { position: 1, answer: { optionId: 'b' } }, 4);
    expect(items).toEqual([
      { position: 1, answer: { optionId: 'b' }, flagged: true, seq: 4 },
      { position: 2, flagged: true, seq: 2 },
    ]);
  });

  it('a cleared answer is sent as null; an untouched answer is not sent at all', () => {
    expect(bodyOf({ position: 1, answer: null, seq: 1 })).toEqual({ answer: null });
    expect(bodyOf({ position: 1, flagged: false, seq: 1 })).toEqual({ flagged: false });
  });
});

describe('ExamSaveQueue', () => {
  it('sends in order and forgets a change only once the server saved it', async () => {
    const store = memoryQueueStore();
    const sent: number[] = [];
    const queue = new ExamSaveQueue({
      store,
      send: async (c) => {
        sent.push(c.position);
        expect(store.items.some((i) => i.position === c.position)).toBe(true);
        return saved();
      },
    });
    queue.enqueue({ position: 1, answer: { optionId: 'a' } });
    queue.enqueue({ position: 2, answer: { optionId: 'b' } });
    await queue.settled();
    expect(sent).toEqual([1, 2]);
    expect(store.items).toEqual([]);
    expect(queue.status).toBe('idle');
  });

  it('a change made while its question is on the wire is sent after it, not lost', async () => {
    const store = memoryQueueStore();
    const bodies: unknown[] = [];
    let release: () => void = () => {};
    const queue = new ExamSaveQueue({
      store,
      send: async (c) => {
        bodies.push(bodyOf(c));
        if (bodies.length === 1) await new Promise<void>((done) => (release = done));
        return saved();
      },
    });
    queue.enqueue({ position: 3, answer: { optionId: 'a' } });
    await Promise.resolve();
    queue.enqueue({ position: 3, answer: { optionId: 'c' } });
    release();
    await queue.settled();
    await queue.flush();
    expect(bodies).toEqual([{ answer: { optionId: 'a' } }, { answer: { optionId: 'c' } }]);
    expect(store.items).toEqual([]);
  });

  it('keeps everything while offline and sends it when retried; survives a reload through the store', async () => {
    const timers = manualTimers();
    const store = memoryQueueStore();
    let online = false;
    const sent: number[] = [];
    const send = async (c: { position: number }): Promise<SaveOutcome> => {
      if (!online) return { kind: 'retry', message: 'offline' };
      sent.push(c.position);
      return saved();
    };
    const queue = new ExamSaveQueue({ store, send, ...timers });
    queue.enqueue({ position: 1, answer: { optionId: 'a' } });
    queue.enqueue({ position: 4, flagged: true });
    await queue.settled();
    expect(queue.status).toBe('waiting-to-retry');
    expect(store.items.map((i) => i.position)).toEqual([1, 4]);
    queue.stop();

    // the page is reloaded: a new queue reads what was stored
    const again = new ExamSaveQueue({ store, send, ...timers });
    expect(again.pending.map((i) => i.position)).toEqual([1, 4]);
    online = true;
    await again.flush();
    expect(sent).toEqual([1, 4]);
    expect(store.items).toEqual([]);
  });

  it('drops a change the server refuses for good and says why', async () => {
    const store = memoryQueueStore();
    const refused: string[] = [];
    const queue = new ExamSaveQueue({
      store,
      send: async (c) => (c.position === 1 ? { kind: 'rejected', message: 'final' } : saved()),
      onRejected: (_c, message) => refused.push(message),
    });
    queue.enqueue({ position: 1, answer: { optionId: 'a' } });
    queue.enqueue({ position: 2, answer: { optionId: 'b' } });
    await queue.settled();
    expect(refused).toEqual(['final']);
    expect(store.items).toEqual([]);
  });

  it('stops for good when the attempt is over (time ran out)', async () => {
    const store = memoryQueueStore();
    const closed: string[] = [];
    const queue = new ExamSaveQueue({
      store,
      send: async () => ({ kind: 'closed', message: 'Time ran out' }),
      onClosed: (m) => closed.push(m),
    });
    queue.enqueue({ position: 1, answer: { optionId: 'a' } });
    await queue.settled();
    expect(closed).toEqual(['Time ran out']);
    expect(queue.status).toBe('closed');
    queue.enqueue({ position: 2, answer: { optionId: 'b' } });
    expect(store.items).toEqual([]);
  });
});
