import { VIEW_IDS, type Card, type RootId, type ViewId } from '../src/types.js';
import { cards, cardByKey } from '../src/cards/index.js';
import { gradeAnswer, GradingError, suggestedRating, expectedAnswer } from '../src/grading.js';
import { KEY_POINT_TOLERANCE, keyPoints, mapViews, zoneAt } from '../src/maps/index.js';

type ClickCard = Card & { answer: Extract<Card['answer'], { kind: 'click' }> };

const clickCards = cards.filter((c): c is ClickCard => c.answer.kind === 'click');
const keyPointCards = clickCards.filter((c) => 'keyPoint' in c.answer.target);
const zoneCards = clickCards.filter((c) => 'zone' in c.answer.target);

function zoneClickCard(view: ViewId, root: RootId): ClickCard {
  const existing = zoneCards.find((c) => c.answer.view === view && 'zone' in c.answer.target && c.answer.target.zone === root);
  if (existing) return existing;
  // A zone too small for a card of its own on this view is still graded the same way.
  return {
    ...(zoneCards[0] as ClickCard),
    id: `test-locate:${view}:${root}`,
    answer: { kind: 'click', view, target: { zone: root } },
  };
}

/** Grid points of a view, for finding spots inside bands and zones. */
function gridPoints(view: ViewId, step = 4): { x: number; y: number }[] {
  const { width, height } = mapViews[view];
  const points: { x: number; y: number }[] = [];
  for (let y = step / 2; y < height; y += step) for (let x = step / 2; x < width; x += step) points.push({ x, y });
  return points;
}

function pointIn(view: ViewId, accept: (hit: ReturnType<typeof zoneAt>) => boolean): { x: number; y: number } {
  const point = gridPoints(view).find((p) => accept(zoneAt(view, p.x, p.y)));
  if (!point) throw new Error(`no grid point on ${view} satisfies the condition`);
  return point;
}

describe('gradeAnswer: clicks on key points', () => {
  it('has a locate card for every key point', () => {
    expect(keyPointCards.map((c) => c.key).sort()).toEqual(keyPoints.map((k) => `locate-keypoint:${k.root}`).sort());
  });

  it.each(keyPoints.map((k) => [k.root, k] as const))('counts a click on the %s key point as correct', (root, point) => {
    const card = cardByKey(`locate-keypoint:${root}`)!;
    const grade = gradeAnswer(card, { view: point.view, x: point.x, y: point.y });
    expect(grade).toEqual({
      correct: true,
      partial: false,
      expected: { kind: 'click', view: point.view, root, point: { x: point.x, y: point.y } },
    });
    expect(suggestedRating(grade)).toBe(3);
  });

  it('accepts a click just inside the tolerance and not one just outside it', () => {
    const point = keyPoints.find((k) => k.root === 'L2')!;
    const card = cardByKey('locate-keypoint:L2')!;
    const near = gradeAnswer(card, { view: point.view, x: point.x, y: point.y + KEY_POINT_TOLERANCE - 1 });
    expect(near.correct).toBe(true);
    const justOut = gradeAnswer(card, { view: point.view, x: point.x, y: point.y + KEY_POINT_TOLERANCE + 2 });
    expect(justOut.correct).toBe(false);
  });

  it.each(keyPoints.map((k) => [k.root, k] as const))(
    'gives partial credit elsewhere in the %s zone or its bands, and none in a zone far away',
    (root, point) => {
      const card = cardByKey(`locate-keypoint:${root}`)!;
      const far = (p: { x: number; y: number }) => Math.hypot(p.x - point.x, p.y - point.y) > KEY_POINT_TOLERANCE * 1.2;
      const touching = gridPoints(point.view).filter((p) => {
        const hit = zoneAt(point.view, p.x, p.y);
        return far(p) && hit !== null && (hit.root === root || hit.transition === root);
      });
      expect(touching.length).toBeGreaterThan(0);
      // The solid zone where there is room for it (the perianal S4-5 ring is all key point and band).
      const solid = touching.find((p) => zoneAt(point.view, p.x, p.y)?.transition === null) ?? touching[0]!;
      const grade = gradeAnswer(card, { view: point.view, ...solid });
      expect({ correct: grade.correct, partial: grade.partial }).toEqual({ correct: false, partial: true });
      expect(suggestedRating(grade)).toBe(2);
      const elsewhere = pointIn(
        point.view,
        (hit) =>
          hit !== null &&
          hit.root !== root &&
          hit.transition === null &&
          !mapViews[point.view].bands.some((b) => b.roots.includes(root) && b.roots.includes(hit.root)),
      );
      const wrong = gradeAnswer(card, { view: point.view, ...elsewhere });
      expect({ correct: wrong.correct, partial: wrong.partial }).toEqual({ correct: false, partial: false });
    },
  );
});

describe('gradeAnswer: clicks on zones', () => {
  it.each(zoneCards.map((c) => [c.id, c] as const))('%s: its expected point is inside the zone and correct', (_id, card) => {
    const expected = expectedAnswer(card);
    if (expected.kind !== 'click' || !expected.point) throw new Error('click card without an expected point');
    const root = 'zone' in card.answer.target ? card.answer.target.zone : null;
    expect(zoneAt(card.answer.view, expected.point.x, expected.point.y)).toEqual({ root, transition: null });
    const grade = gradeAnswer(card, { view: card.answer.view, ...expected.point });
    expect(grade.correct).toBe(true);
    expect(grade.partial).toBe(false);
  });

  const bands = VIEW_IDS.flatMap((view) => mapViews[view].bands.map((band) => [view, band.roots.join('/'), band] as const));

  it.each(bands)('on the %s view, a click in the %s band is partly right for either root', (view, _name, band) => {
    const [a, b] = band.roots;
    const spot = pointIn(
      view,
      (hit) => hit !== null && hit.transition !== null && [hit.root, hit.transition].sort().join() === [a, b].sort().join(),
    );
    for (const root of band.roots) {
      const grade = gradeAnswer(zoneClickCard(view, root), { view, ...spot });
      expect({ root, correct: grade.correct, partial: grade.partial }).toEqual({ root, correct: false, partial: true });
      expect(suggestedRating(grade)).toBe(2);
    }
  });

  it.each(VIEW_IDS)('on the %s view, a click outside the limb is wrong', (view) => {
    const card = zoneCards.find((c) => c.answer.view === view)!;
    const outside = gridPoints(view, 10).find((p) => zoneAt(view, p.x, p.y) === null)!;
    for (const spot of [outside, { x: -40, y: -40 }, { x: 5000, y: 10 }]) {
      const grade = gradeAnswer(card, { view, ...spot });
      expect({ correct: grade.correct, partial: grade.partial }).toEqual({ correct: false, partial: false });
      expect(suggestedRating(grade)).toBe(1);
    }
  });

  it('marks a click in a distant zone wrong', () => {
    const card = cardByKey('locate-zone:anterior:L5')!;
    const groin = keyPoints.find((k) => k.root === 'L1')!;
    const grade = gradeAnswer(card, { view: 'anterior', x: groin.x, y: groin.y });
    expect({ correct: grade.correct, partial: grade.partial }).toEqual({ correct: false, partial: false });
  });
});

describe('gradeAnswer: answers that do not fit the card', () => {
  const zoneCard = cardByKey('locate-zone:anterior:L4')!;
  const choiceCard = cardByKey('reflex:ankle')!;
  const flipCard = cardByKey('zone:anterior:L5')!;

  it('throws GradingError for a click on the wrong view', () => {
    expect(() => gradeAnswer(zoneCard, { view: 'posterior', x: 100, y: 100 })).toThrow(GradingError);
    expect(() => gradeAnswer(zoneCard, { view: 'posterior', x: 100, y: 100 })).toThrow(/anterior view/);
  });

  it('throws GradingError for coordinates that are not finite numbers', () => {
    expect(() => gradeAnswer(zoneCard, { view: 'anterior', x: Number.NaN, y: 10 })).toThrow(GradingError);
    expect(() => gradeAnswer(zoneCard, { view: 'anterior', x: 10, y: Infinity })).toThrow(/finite/);
  });

  it('throws GradingError for an option id sent to a click card, and a click sent to a choice card', () => {
    expect(() => gradeAnswer(zoneCard, { optionId: 'L4' })).toThrow(GradingError);
    expect(() => gradeAnswer(choiceCard, { view: 'anterior', x: 10, y: 10 })).toThrow(/multiple choice/);
  });

  it('throws GradingError for an unknown option id, naming the options', () => {
    expect(() => gradeAnswer(choiceCard, { optionId: 'S2' })).toThrow(GradingError);
    expect(() => gradeAnswer(choiceCard, { optionId: 'S2' })).toThrow(/no option "S2"/);
  });

  it('throws GradingError for any answer to a flip card', () => {
    expect(() => gradeAnswer(flipCard, { optionId: 'L5' })).toThrow(/flip cards take no answer/);
    expect(() => gradeAnswer(flipCard, { view: 'anterior', x: 1, y: 1 })).toThrow(GradingError);
  });

  it('is an Error with its own name, so the API can map it to HTTP 400', () => {
    const error = new GradingError('bad answer');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GradingError');
    expect(error.message).toBe('bad answer');
  });
});

describe('gradeAnswer: multiple choice', () => {
  const card = cardByKey('reflex:ankle')!;

  it('marks the right option correct and fills the expected answer', () => {
    expect(gradeAnswer(card, { optionId: 'S1' })).toEqual({
      correct: true,
      partial: false,
      expected: { kind: 'choice', optionId: 'S1', text: 'S1' },
    });
  });

  it('marks a wrong option wrong, never partial, with the expected answer', () => {
    const grade = gradeAnswer(card, { optionId: 'L5' });
    expect(grade).toEqual({ correct: false, partial: false, expected: { kind: 'choice', optionId: 'S1', text: 'S1' } });
    expect(suggestedRating(grade)).toBe(1);
  });

  it('grades every choice card right only on its correct option', () => {
    for (const each of cards) {
      if (each.answer.kind !== 'choice') continue;
      for (const option of each.answer.options) {
        const grade = gradeAnswer(each, { optionId: option.id });
        expect(grade.correct).toBe(option.id === each.answer.correctOptionId);
        expect(grade.expected).toMatchObject({ kind: 'choice', optionId: each.answer.correctOptionId });
      }
    }
  });
});

describe('expectedAnswer and suggestedRating', () => {
  it('gives the back of a flip card', () => {
    const card = cardByKey('zone:anterior:L5')!;
    expect(expectedAnswer(card)).toEqual({ kind: 'flip', text: (card.answer as { back: string }).back });
  });

  it('maps correct to 3 (Good), partial to 2 (Hard) and wrong to 1 (Again)', () => {
    const expected = { kind: 'flip', text: '' } as const;
    expect(suggestedRating({ correct: true, partial: false, expected })).toBe(3);
    expect(suggestedRating({ correct: false, partial: true, expected })).toBe(2);
    expect(suggestedRating({ correct: false, partial: false, expected })).toBe(1);
  });
});
