import { buildQueue, interleave, newCardOrder, type StudiedCard } from '../../src/core/queue';

const now = new Date('2026-11-23T10:00:00Z');
const dayEnd = new Date('2026-11-24T03:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const card = (cardId: string, state: 1 | 2 | 3, due: Date, extra: Partial<StudiedCard> = {}): StudiedCard => ({
  cardId,
  state,
  due,
  suspended: false,
  buriedUntil: null,
  ...extra,
});

describe('buildQueue', () => {
  it('serves learning cards due now first, then reviews and new cards interleaved, then learning due soon', () => {
    const q = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [
        card('r1', 2, at(-600)),
        card('r2', 2, at(-60)),
        card('l1', 1, at(-1)),
        card('rl', 3, at(-5)),
        card('soon', 1, at(5)),
      ],
      newCandidates: ['n1', 'n2'],
      newLimitLeft: 10,
      reviewLimitLeft: 10,
    });
    expect(q.entries.map((e) => e.cardId)).toEqual(['rl', 'l1', 'r1', 'n1', 'r2', 'n2', 'soon']);
    expect(q.entries.map((e) => e.kind)).toEqual(['learning', 'learning', 'review', 'new', 'review', 'new', 'learning']);
    expect(q.counts).toEqual({ new: 2, learning: 3, review: 2 });
  });

  it('counts reviews due before the next day start and leaves later ones out', () => {
    const q = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [card('today', 2, at(600)), card('tomorrow', 2, new Date(dayEnd.getTime() + 1))],
      newCandidates: [],
      newLimitLeft: 0,
      reviewLimitLeft: 10,
    });
    expect(q.entries.map((e) => e.cardId)).toEqual(['today']);
    expect(q.counts.review).toBe(1);
  });

  it('respects what is left of the daily limits', () => {
    const q = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [card('a', 2, at(-3)), card('b', 2, at(-2)), card('c', 2, at(-1))],
      newCandidates: ['n1', 'n2', 'n3'],
      newLimitLeft: 1,
      reviewLimitLeft: 2,
    });
    expect(q.counts).toEqual({ new: 1, learning: 0, review: 2 });
    expect(q.entries.map((e) => e.cardId).sort()).toEqual(['a', 'b', 'n1']);
    const exhausted = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [],
      newCandidates: ['n1'],
      newLimitLeft: -3,
      reviewLimitLeft: 0,
    });
    expect(exhausted.entries).toEqual([]);
  });

  it('never serves suspended or buried cards, but serves a card whose burial ended', () => {
    const q = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [
        card('suspended', 2, at(-1), { suspended: true }),
        card('buried', 2, at(-1), { buriedUntil: dayEnd }),
        card('unburied', 2, at(-1), { buriedUntil: at(-30) }),
      ],
      newCandidates: [],
      newLimitLeft: 0,
      reviewLimitLeft: 10,
    });
    expect(q.entries.map((e) => e.cardId)).toEqual(['unburied']);
  });

  it('reports when the next learning card beyond the learn-ahead window comes due', () => {
    const q = buildQueue({
      now,
      nextDayStart: dayEnd,
      studied: [card('later', 1, at(45))],
      newCandidates: [],
      newLimitLeft: 0,
      reviewLimitLeft: 0,
    });
    expect(q.entries).toEqual([]);
    expect(q.counts.learning).toBe(1);
    expect(q.nextLearningDue).toEqual(at(45));
  });
});

describe('interleave and new-card order', () => {
  it('spreads the second list evenly through the first', () => {
    expect(interleave(['a', 'b', 'c', 'd', 'e', 'f'], ['X', 'Y'])).toEqual(['a', 'b', 'X', 'c', 'd', 'Y', 'e', 'f']);
    expect(interleave([], ['X'])).toEqual(['X']);
  });

  it('introduces easier cards first and is stable', () => {
    const cards = [
      { id: 'hard', difficulty: 0.9 },
      { id: 'easy-1', difficulty: 0.1 },
      { id: 'medium', difficulty: 0.5 },
      { id: 'easy-2', difficulty: 0.15 },
    ];
    const order = newCardOrder(cards).map((c) => c.id);
    expect(order.slice(0, 2).sort()).toEqual(['easy-1', 'easy-2']);
    expect(order.slice(2)).toEqual(['medium', 'hard']);
    expect(newCardOrder([...cards].reverse()).map((c) => c.id)).toEqual(order);
  });

  it('introduces examination cases after every other new card, however easy', () => {
    const cards = [
      { id: 'case-easy', difficulty: 0.05, type: 'examination-case' },
      { id: 'hard', difficulty: 0.95, type: 'vignette' },
      { id: 'easy', difficulty: 0.1, type: 'zone' },
      { id: 'case-hard', difficulty: 0.7, type: 'examination-case' },
    ];
    const order = newCardOrder(cards).map((c) => c.id);
    expect(order.slice(0, 2)).toEqual(['easy', 'hard']);
    expect(order.slice(2).sort()).toEqual(['case-easy', 'case-hard']);
  });
});
