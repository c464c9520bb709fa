import { SIDE_IDS, VIEW_IDS, type Card, type NerveId, type RootId, type SideId, type ViewId } from '../src/types.js';
import { cards, cardByKey } from '../src/cards/index.js';
import { gradeAnswer, GradingError, suggestedRating, expectedAnswer } from '../src/grading.js';
import { KEY_POINT_TOLERANCE, keyPointFor, keyPoints, mapViews, nerveAt, pointInPolygon, zoneAt } from '../src/maps/index.js';

type ClickCard = Card & { answer: Extract<Card['answer'], { kind: 'click' }> };

const clickCards = cards.filter((c): c is ClickCard => c.answer.kind === 'click');
const keyPointCards = clickCards.filter((c) => 'keyPoint' in c.answer.target);
const zoneCards = clickCards.filter((c) => 'zone' in c.answer.target);
const nerveCards = clickCards.filter((c) => 'nerve' in c.answer.target);

const result = (grade: { correct: boolean; partial: boolean }) => (grade.correct ? 'right' : grade.partial ? 'partial' : 'wrong');

function zoneClickCard(view: ViewId, root: RootId, side?: SideId): ClickCard {
  const existing = zoneCards.find((c) => c.answer.view === view && 'zone' in c.answer.target && c.answer.target.zone === root);
  // A zone too small for a card of its own on this view (or a side-specific variant) is graded the same way.
  const base = existing ?? zoneCards[0]!;
  return {
    ...base,
    id: `test-locate:${view}:${root}:${side ?? 'any'}`,
    answer: { kind: 'click', view, target: { zone: root }, ...(side ? { side } : {}) },
  };
}

function nerveClickCard(view: ViewId, nerve: NerveId, side?: SideId): ClickCard {
  const base = nerveCards[0]!;
  return {
    ...base,
    id: `test-nerve:${view}:${nerve}:${side ?? 'any'}`,
    answer: { kind: 'click', view, target: { nerve }, ...(side ? { side } : {}) },
  };
}

/** Grid points of a view, for finding spots inside bands and zones. */
function gridPoints(view: ViewId, step = 4): { x: number; y: number }[] {
  const { width, height } = mapViews[view];
  const points: { x: number; y: number }[] = [];
  for (let y = step / 2; y < height; y += step) for (let x = step / 2; x < width; x += step) points.push({ x, y });
  return points;
}

function pointIn(
  view: ViewId,
  accept: (hit: ReturnType<typeof zoneAt>, p: { x: number; y: number }) => boolean,
): { x: number; y: number } {
  const point = gridPoints(view).find((p) => accept(zoneAt(view, p.x, p.y), p));
  if (!point) throw new Error(`no grid point on ${view} satisfies the condition`);
  return point;
}

describe('gradeAnswer: clicks on key points', () => {
  it('has a locate card for every key point L1..S4-5', () => {
    expect(keyPointCards.map((c) => c.key).sort()).toEqual(
      keyPoints
        .filter((k) => k.side === 'right' && k.root !== 'T12')
        .map((k) => `locate-keypoint:${k.root}`)
        .sort(),
    );
  });

  it.each(keyPoints.filter((k) => k.root !== 'T12').map((k) => [k.root, k.side, k] as const))(
    'counts a click on the %s key point on the %s side as correct (either side is asked)',
    (root, _side, point) => {
      const card = cardByKey(`locate-keypoint:${root}`)!;
      const grade = gradeAnswer(card, { view: point.view, x: point.x, y: point.y });
      expect(result(grade)).toBe('right');
      expect(grade.expected).toEqual({
        kind: 'click',
        view: point.view,
        root,
        point: { x: keyPointFor(root).x, y: keyPointFor(root).y },
      });
      expect(suggestedRating(grade)).toBe(3);
    },
  );

  it('accepts a click just inside the tolerance and not one just outside it', () => {
    const point = keyPointFor('L2');
    const card = cardByKey('locate-keypoint:L2')!;
    expect(gradeAnswer(card, { view: point.view, x: point.x, y: point.y + KEY_POINT_TOLERANCE - 1 }).correct).toBe(true);
    expect(gradeAnswer(card, { view: point.view, x: point.x, y: point.y + KEY_POINT_TOLERANCE + 2 }).correct).toBe(false);
  });

  it.each(keyPoints.filter((k) => k.side === 'right' && k.root !== 'T12').map((k) => [k.root, k] as const))(
    'gives partial credit elsewhere in the %s zone or its bands, and none in a zone far away',
    (root, point) => {
      const card = cardByKey(`locate-keypoint:${root}`)!;
      const far = (p: { x: number; y: number }) =>
        keyPoints.every((k) => k.root !== root || Math.hypot(p.x - k.x, p.y - k.y) > KEY_POINT_TOLERANCE * 1.2);
      const touching = gridPoints(point.view).filter((p) => {
        const hit = zoneAt(point.view, p.x, p.y);
        return far(p) && hit !== null && (hit.root === root || hit.transition === root);
      });
      expect(touching.length).toBeGreaterThan(0);
      const solid = touching.find((p) => zoneAt(point.view, p.x, p.y)?.transition === null) ?? touching[0]!;
      expect(result(gradeAnswer(card, { view: point.view, ...solid }))).toBe('partial');
      const elsewhere = pointIn(point.view, (hit) => hit !== null && hit.root !== root && hit.transition === null);
      expect(result(gradeAnswer(card, { view: point.view, ...elsewhere }))).toBe('wrong');
    },
  );
});

describe('gradeAnswer: clicks on zones', () => {
  it.each(zoneCards.map((c) => [c.key, c] as const))('%s: its expected point is inside the zone and correct', (_key, card) => {
    const expected = expectedAnswer(card);
    if (expected.kind !== 'click' || !expected.point) throw new Error('click card without an expected point');
    const root = 'zone' in card.answer.target ? card.answer.target.zone : null;
    expect(zoneAt(card.answer.view, expected.point.x, expected.point.y)).toEqual(
      expect.objectContaining({ root, transition: null, contested: null }),
    );
    expect(result(gradeAnswer(card, { view: card.answer.view, ...expected.point }))).toBe('right');
  });

  const bands = VIEW_IDS.flatMap((view) =>
    mapViews[view].bands.filter((b) => b.side === 'left').map((band) => [view, band.roots.join('/'), band] as const),
  );

  it.each(bands)('on the %s view, a click in the %s band is partly right for either root', (view, _name, band) => {
    const [a, b] = band.roots;
    const spot = pointIn(
      view,
      (hit) =>
        hit !== null &&
        hit.contested === null &&
        hit.transition !== null &&
        [hit.root, hit.transition].sort().join() === [a, b].sort().join(),
    );
    for (const root of band.roots) {
      if (root.startsWith('T')) continue;
      const grade = gradeAnswer(zoneClickCard(view, root as RootId), { view, ...spot });
      expect({ root, result: result(grade) }).toEqual({ root, result: 'partial' });
      expect(suggestedRating(grade)).toBe(2);
    }
  });

  it('grades a contested area (the great toe, the medial dorsum, the back of the calf) as partial for either root', () => {
    for (const view of VIEW_IDS) {
      for (const area of mapViews[view].contested) {
        const spot = gridPoints(view, 2).find(
          (p) => zoneAt(view, p.x, p.y)?.contested === area.id && zoneAt(view, p.x, p.y)?.side === area.side,
        );
        if (!spot) throw new Error(`no point in the ${area.id} area on ${view}`);
        for (const root of area.roots) {
          expect({ area: area.id, root, result: result(gradeAnswer(zoneClickCard(view, root), { view, ...spot })) }).toEqual({
            area: area.id,
            root,
            result: 'partial',
          });
        }
      }
    }
  });

  it.each(VIEW_IDS)('on the %s view, a click outside the figure is wrong', (view) => {
    const card = zoneCards.find((c) => c.answer.view === view) ?? zoneClickCard(view, 'S1');
    const outside = gridPoints(view, 10).find((p) => zoneAt(view, p.x, p.y) === null)!;
    for (const spot of [outside, { x: -40, y: -40 }, { x: 5000, y: 10 }]) {
      const grade = gradeAnswer(card, { view, ...spot });
      expect(result(grade)).toBe('wrong');
      expect(suggestedRating(grade)).toBe(1);
    }
  });

  it('marks a click in a distant zone wrong', () => {
    const card = cardByKey('locate-zone:anterior:L5')!;
    const groin = keyPointFor('L1', 'left');
    expect(result(gradeAnswer(card, { view: 'anterior', x: groin.x, y: groin.y }))).toBe('wrong');
  });

  it.each(SIDE_IDS)('accepts either leg when no side is asked, and only the %s leg when it is', (side) => {
    const other: SideId = side === 'right' ? 'left' : 'right';
    const own = keyPointFor('L4', side);
    const mirror = keyPointFor('L4', other);
    const anySide = cardByKey('locate-zone:anterior:L4')!;
    expect(result(gradeAnswer(anySide, { view: 'anterior', x: own.x, y: own.y }))).toBe('right');
    expect(result(gradeAnswer(anySide, { view: 'anterior', x: mirror.x, y: mirror.y }))).toBe('right');
    const sided = zoneClickCard('anterior', 'L4', side);
    expect(result(gradeAnswer(sided, { view: 'anterior', x: own.x, y: own.y }))).toBe('right');
    expect(result(gradeAnswer(sided, { view: 'anterior', x: mirror.x, y: mirror.y }))).toBe('wrong');
  });
});

describe('gradeAnswer: clicks on nerve territories', () => {
  it('has "click the territory" cards that name the side, the sural nerve among them', () => {
    expect(nerveCards.length).toBeGreaterThanOrEqual(10);
    expect(nerveCards.every((c) => c.answer.side !== undefined && c.prompt.includes(`${c.answer.side} leg`))).toBe(true);
    expect(nerveCards.some((c) => 'nerve' in c.answer.target && c.answer.target.nerve === 'sural')).toBe(true);
  });

  it.each(nerveCards.map((c) => [c.key, c] as const))('%s: right in the core, wrong on the other leg', (_key, card) => {
    const expected = expectedAnswer(card);
    if (expected.kind !== 'click' || !expected.point || !expected.nerve)
      throw new Error('nerve click card without an expected point');
    const { view } = card.answer;
    expect(result(gradeAnswer(card, { view, ...expected.point }))).toBe('right');
    expect(nerveAt(view, expected.point.x, expected.point.y)).toEqual(
      expect.objectContaining({ side: card.answer.side, edge: false }),
    );
    const mirrored = { x: mapViews[view].width - expected.point.x, y: expected.point.y };
    expect(result(gradeAnswer(card, { view, ...mirrored }))).toBe('wrong');
  });

  it.each(SIDE_IDS)('grades the sural nerve on the %s side: core right, variable edge partial, elsewhere wrong', (side) => {
    const card = nerveClickCard('posterior', 'sural', side);
    const sural = mapViews.posterior.nerves.find((t) => t.nerve === 'sural' && t.side === side)!;
    const xs = sural.edge.flatMap((poly) => poly[0]!.filter((_, i) => i % 2 === 0));
    const ys = sural.edge.flatMap((poly) => poly[0]!.filter((_, i) => i % 2 === 1));
    const points: { x: number; y: number }[] = [];
    for (let y = Math.min(...ys); y < Math.max(...ys); y += 2)
      for (let x = Math.min(...xs); x < Math.max(...xs); x += 2) points.push({ x, y });
    const hitAt = (p: { x: number; y: number }) => nerveAt('posterior', p.x, p.y);
    const core = points.find((p) => hitAt(p)?.nerve === 'sural' && hitAt(p)?.edge === false)!;
    const edgeInside = points.find((p) => hitAt(p)?.nerve === 'sural' && hitAt(p)?.edge === true)!;
    const edgeOutside = points.find(
      (p) => hitAt(p) !== null && hitAt(p)!.nerve !== 'sural' && sural.edge.some((poly) => pointInPolygon(p.x, p.y, poly)),
    )!;
    const thigh = keyPointFor('S2', side);
    expect(result(gradeAnswer(card, { view: 'posterior', ...core }))).toBe('right');
    expect(result(gradeAnswer(card, { view: 'posterior', ...edgeInside }))).toBe('partial');
    expect(result(gradeAnswer(card, { view: 'posterior', ...edgeOutside }))).toBe('partial');
    expect(result(gradeAnswer(card, { view: 'posterior', x: thigh.x, y: thigh.y - 150 }))).toBe('wrong');
  });

  it('counts every branch of a compound nerve, and not the seams between its branches as an edge', () => {
    const card = nerveClickCard('anterior', 'common-fibular', 'right');
    const spot = (nerve: NerveId) => mapViews.anterior.nerves.find((t) => t.nerve === nerve && t.side === 'right')!.labels[0]!;
    for (const nerve of ['common-fibular', 'superficial-fibular'] as const) {
      expect(result(gradeAnswer(card, { view: 'anterior', ...spot(nerve) }))).toBe('right');
    }
    // the seam between the lateral calf (common fibular's own part) and the superficial branch
    const seam = gridPoints('anterior', 2).find((p) => {
      const a = nerveAt('anterior', p.x, p.y);
      const b = nerveAt('anterior', p.x, p.y + 10);
      return a?.side === 'right' && a.nerve === 'common-fibular' && b?.nerve === 'superficial-fibular';
    })!;
    expect(result(gradeAnswer(card, { view: 'anterior', ...seam }))).toBe('right');
    expect(
      result(
        gradeAnswer(nerveClickCard('anterior', 'superficial-fibular', 'right'), { view: 'anterior', ...spot('common-fibular') }),
      ),
    ).toBe('wrong');
    const sciatic = nerveClickCard('plantar', 'sciatic');
    const sole = mapViews.plantar.nerves.find((t) => t.nerve === 'medial-plantar' && t.side === 'left')!.labels[0]!;
    expect(result(gradeAnswer(sciatic, { view: 'plantar', ...sole }))).toBe('right');
  });
});

describe('gradeAnswer: bad clicks are graded wrong, never thrown', () => {
  const zoneCard = cardByKey('locate-zone:anterior:L4')!;
  const nerveCard = cardByKey('territory-click:sural:left')!;
  const kp = keyPointFor('L4');
  const bad: [string, unknown][] = [
    ['another view', { view: 'plantar', x: 300, y: 300 }],
    ['an unknown view', { view: 'lateral', x: kp.x, y: kp.y }],
    ['NaN', { view: 'anterior', x: Number.NaN, y: kp.y }],
    ['infinity', { view: 'anterior', x: kp.x, y: Number.POSITIVE_INFINITY }],
    ['a string coordinate', { view: 'anterior', x: String(kp.x), y: kp.y }],
    ['a point off the figure', { view: 'anterior', x: -100, y: -100 }],
  ];
  it.each(bad)('%s', (_name, answer) => {
    for (const card of [zoneCard, nerveCard]) {
      const grade = gradeAnswer(card, answer as never);
      expect(result(grade)).toBe('wrong');
      expect(grade.expected.kind).toBe('click');
    }
  });

  it('grades a card whose side is not a known side wrong rather than throwing', () => {
    const odd = {
      ...zoneClickCard('anterior', 'L4'),
      answer: { kind: 'click', view: 'anterior', target: { zone: 'L4' }, side: 'middle' },
    } as unknown as Card;
    expect(result(gradeAnswer(odd, { view: 'anterior', x: kp.x, y: kp.y }))).toBe('wrong');
  });
});

describe('gradeAnswer: answers of the wrong shape for the card', () => {
  const zoneCard = cardByKey('locate-zone:anterior:L4')!;
  const choiceCard = cardByKey('reflex:ankle')!;
  const flipCard = cardByKey('zone:anterior:L5')!;

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
