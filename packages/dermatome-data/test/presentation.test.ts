import {
  answerMap,
  answerMapOptions,
  cardByKey,
  mapLegend,
  NERVE_IDS,
  nerveById,
  questionMapOptions,
  renderMapSvg,
  toCardFace,
  type Card,
} from '../src/index.js';

const bank = (key: string): Card => {
  const card = cardByKey(key);
  if (!card) throw new Error(`no card ${key}`);
  return card;
};

describe('map options shared by the review card and the exam screens', () => {
  it('draws a question from its face: layer, zones and territories by index, concealed, with the click', () => {
    const face = toCardFace(bank('territory-which:sural'));
    const options = questionMapOptions(face.map, { x: 10, y: 20 });
    expect(options).toMatchObject({
      concealRoots: true,
      layer: 'nerves',
      shadeNerves: face.map!.shadeNerves,
      click: { x: 10, y: 20 },
    });
    expect(options.highlight).toBeUndefined();
    expect(options.highlightNerves).toBeUndefined();
    const svg = renderMapSvg(face.map!.view, options);
    for (const nerve of NERVE_IDS) expect(svg).not.toContain(nerve);
  });

  it('ignores a click that is not a finite point', () => {
    expect(questionMapOptions(null, { x: Number.NaN, y: 1 }).click).toBeUndefined();
    expect(answerMapOptions(null, { click: { x: 1, y: Number.POSITIVE_INFINITY } }).click).toBeUndefined();
  });

  it('draws an answer from the answer map: layer, side, roots, nerves, key points, and the graded click', () => {
    const map = answerMap(bank('territory-click:sural:left'))!;
    const options = answerMapOptions(map, { click: { x: 5, y: 6 }, grade: { correct: false, partial: true } });
    expect(options).toMatchObject({
      layer: 'nerves',
      side: 'left',
      highlightNerves: ['sural'],
      showLabels: true,
      click: { x: 5, y: 6, correct: 'partial' },
    });
    expect(answerMapOptions(map, { click: { x: 5, y: 6 }, grade: null }).click!.correct).toBeUndefined();
  });
});

describe('the legend of a drawn map', () => {
  it('names nothing on a question', () => {
    const face = toCardFace(bank('territory-which:sural'));
    const legend = mapLegend(face.map!.view, questionMapOptions(face.map));
    expect(legend.roots).toEqual([]);
    expect(legend.nerves).toEqual([]);
    expect(legend.hatches.map((h) => h.kind)).toEqual(['concealed']);
    expect(JSON.stringify(legend)).not.toMatch(/sural|SuN/i);
  });

  it('lists the nerve with its colour, pattern, label and name, and the variable rim', () => {
    const legend = mapLegend('posterior', answerMapOptions(answerMap(bank('territory-click:sural:left'))));
    expect(legend.title).toBe('Peripheral nerves');
    expect(legend.nerves).toEqual([
      expect.objectContaining({ key: 'nerve-sural', label: 'SuN', name: nerveById('sural').name, pattern: 'zigzag' }),
    ]);
    expect(legend.roots).toEqual([]);
    expect(legend.hatches.map((h) => h.kind)).toEqual(['nerve-edge']);
    expect(legend.sideText).toMatch(/left/);
  });

  it('lists both layers of a root-versus-nerve card and the contested areas of its root, with their caption', () => {
    const card = bank('pattern:anterior:L5-vs-deep-fibular:nerve:left');
    const legend = mapLegend('anterior', answerMapOptions(answerMap(card)));
    expect(legend.layer).toBe('both');
    expect(legend.roots.map((r) => r.label)).toEqual(['L5']);
    expect(legend.nerves.map((n) => n.key)).toEqual(['nerve-deep-fibular']);
    // drawn striped inside a bold outline over the zones, and the legend says so
    expect(legend.nerves[0]).toMatchObject({ fill: '#FFFFFF', pattern: 'diagonal' });
    expect(legend.nerves[0]!.name).toMatch(/striped/);
    const contested = legend.hatches.filter((h) => h.kind === 'contested');
    expect(contested.length).toBeGreaterThan(0);
    for (const h of contested) expect(h.text).toMatch(/L4|L5/);
  });
});
