import {
  ATLAS_DEFAULTS,
  ATLAS_SYNONYMS,
  COMPARE_PAIRS,
  atlasChartLegend,
  atlasHref,
  atlasHrefForAnswer,
  atlasHrefForCard,
  buildAtlasData,
  findAtlasRecord,
  findComparePair,
  nerveById,
  parseAtlasParams,
  renderAtlasChartSvg,
  roots,
  searchAtlas,
  sources,
  wrapText,
  renderMapSvg,
  drawViews,
  NERVE_IDS,
  ROOT_IDS,
  type AtlasItem,
} from '../src/index.js';

const params = (query: string) => parseAtlasParams(new URLSearchParams(query));
const data = buildAtlasData();
const records = [...data.roots, ...data.nerves];
const ids = (items: { item: AtlasItem }[]) => items.map((r) => r.item.id);

describe('atlas address', () => {
  it('reads a root deep link', () => {
    const { params: p, errors } = params('root=L5&view=anterior&layer=both&side=left');
    expect(errors).toEqual([]);
    expect(p).toMatchObject({ view: 'anterior', layer: 'both', side: 'left', selected: { kind: 'root', id: 'L5' } });
  });

  it('reads a comparison and opens the layer and view that draw it', () => {
    const { params: p, errors } = params('compare=L5,common-fibular');
    expect(errors).toEqual([]);
    expect(p.compare).toEqual([
      { kind: 'root', id: 'L5' },
      { kind: 'nerve', id: 'common-fibular' },
    ]);
    expect(p.layer).toBe('both');
    expect(p.view).toBe('anterior');
    expect(params('nerve=sural').params).toMatchObject({ view: 'posterior', layer: 'nerves' });
    expect(params('root=s1').params).toMatchObject({ view: 'plantar', layer: 'dermatomes', selected: { id: 'S1' } });
  });

  it('keeps the defaults and names what is wrong', () => {
    const { params: p, errors } = params('view=side&layer=bones&side=middle&root=L9&nerve=vagus&keypoints=maybe&mode=stacked');
    expect(p).toEqual(ATLAS_DEFAULTS);
    expect(errors).toHaveLength(7);
    expect(errors[0]).toContain('Unknown view "side"');
    expect(errors.join(' ')).toContain('Unknown root "L9"');
  });

  it('needs two items to compare, drops repeats and keeps at most four', () => {
    expect(params('compare=L5').params.compare).toBeNull();
    expect(params('compare=L5').errors[0]).toContain('needs two');
    expect(params('compare=L5,L5').params.compare).toBeNull();
    expect(params('compare=L5,bogus,S1').params.compare).toEqual([
      { kind: 'root', id: 'L5' },
      { kind: 'root', id: 'S1' },
    ]);
    expect(params('compare=L5,bogus,S1').errors).toHaveLength(1);
    expect(params('compare=L1,L2,L3,L4,L5').params.compare).toHaveLength(4);
  });

  it('clips a long search', () => {
    expect(params(`q=${'a'.repeat(500)}`).params.q).toHaveLength(80);
  });

  it('writes the addresses it reads', () => {
    expect(atlasHref({ root: 'L5', view: 'anterior', layer: 'both', side: 'left' })).toBe(
      '/atlas?root=L5&view=anterior&layer=both&side=left',
    );
    expect(atlasHref({ compare: ['L5', 'common-fibular'] })).toBe('/atlas?compare=L5,common-fibular');
    expect(atlasHref()).toBe('/atlas');
    const href = atlasHref({ nerve: 'sural', keyPoints: true, landmarks: false, q: 'outer foot & heel', mode: 'overlay' });
    const back = params(href.split('?')[1]!);
    expect(back.errors).toEqual([]);
    expect(back.params).toMatchObject({
      selected: { kind: 'nerve', id: 'sural' },
      keyPoints: true,
      landmarks: false,
      q: 'outer foot & heel',
      compareMode: 'overlay',
    });
  });

  it('links a card answer to the atlas: one item selected, a root with a nerve compared', () => {
    const base = { view: 'anterior' as const, layer: 'dermatomes' as const, side: 'both' as const, highlightNerves: [] };
    expect(atlasHrefForAnswer({ ...base, highlight: ['L4'] })).toBe('/atlas?root=L4&view=anterior&layer=dermatomes');
    expect(atlasHrefForAnswer({ ...base, layer: 'both', side: 'right', highlight: ['L4'], highlightNerves: ['saphenous'] })).toBe(
      '/atlas?compare=L4,saphenous&view=anterior&layer=both&side=right',
    );
    expect(atlasHrefForAnswer({ ...base, highlight: [] })).toBeNull();
    expect(atlasHrefForCard(null, 'S1')).toBe('/atlas?root=S1');
    expect(atlasHrefForCard(null, 'Weak hip abduction')).toBe('/atlas');
    expect(atlasHrefForCard({ ...base, highlight: ['L2'] }, 'L2')).toBe('/atlas?root=L2&view=anterior&layer=dermatomes');
  });
});

describe('atlas records', () => {
  it('has a record for every root and nerve, each fact with a known source', () => {
    expect(data.roots.map((r) => r.id)).toEqual([...ROOT_IDS]);
    expect(data.nerves.map((r) => r.id)).toEqual([...NERVE_IDS]);
    for (const record of records) {
      expect(record.facts.length).toBeGreaterThan(4);
      for (const fact of record.facts) {
        expect(fact.text.length).toBeGreaterThan(1);
        expect(sources[fact.source]).toBeDefined();
        expect(data.sources.map((s) => s.key)).toContain(fact.source);
      }
    }
  });

  it('gives a root its zone, key point, key muscle, reflexes with their range, syndrome, history, disc levels and nerves', () => {
    const l4 = findAtlasRecord(data, { kind: 'root', id: 'L4' })!;
    const keys = l4.facts.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'zone',
        'key-point',
        'key-muscle',
        'reflex-knee',
        'syndrome-sensory',
        'syndrome-motor',
        'syndrome-reflex',
        'history',
        'disc-posterolateral',
        'disc-far-lateral',
        'overlapping-nerves',
      ]),
    );
    expect(l4.facts.find((f) => f.key === 'reflex-knee')!.text).toContain('L2–L4, mostly L4 (sources differ)');
    expect(l4.facts.find((f) => f.key === 'disc-posterolateral')!.text).toMatch(/^L3-4/);
    expect(l4.facts.find((f) => f.key === 'disc-far-lateral')!.text).toMatch(/^L4-5/);
    expect(l4.facts.find((f) => f.key === 'overlapping-nerves')!.text).toContain('Saphenous nerve');
    const s1 = findAtlasRecord(data, { kind: 'root', id: 'S1' })!;
    expect(s1.facts.find((f) => f.key === 'disc-far-lateral')!.text).toMatch(/^None/);
    const s3 = findAtlasRecord(data, { kind: 'root', id: 'S3' })!;
    expect(s3.facts.find((f) => f.key === 'key-muscle')!.text).toMatch(/^None/);
  });

  it('gives a nerve its roots, territory, motor and reflex signature, causes and what tells it from its root', () => {
    const fibular = findAtlasRecord(data, { kind: 'nerve', id: 'common-fibular' })!;
    const facts = Object.fromEntries(fibular.facts.map((f) => [f.key, f.text]));
    expect(facts.roots).toBe('L4, L5, S1, S2');
    expect(facts['branch-of']).toBe(nerveById('sciatic').name);
    expect(facts.motor).toContain('ankle dorsiflexion');
    expect(facts.reflex).toBe('No reflex change');
    expect(facts['tells-apart']).toContain('INVERSION');
    expect(fibular.territories).toEqual(expect.arrayContaining(['common-fibular', 'superficial-fibular', 'deep-fibular']));
    const sural = Object.fromEntries(findAtlasRecord(data, { kind: 'nerve', id: 'sural' })!.facts.map((f) => [f.key, f.text]));
    expect(sural.motor).toBe('None: purely sensory');
  });

  it('fills the four comparison rows for every root and nerve, history included', () => {
    for (const record of records) {
      const cells = data.findings[record.id]!;
      for (const aspect of ['sensory', 'motor', 'reflex', 'history'] as const)
        expect(cells[aspect].text.length).toBeGreaterThan(5);
    }
    for (const root of roots) expect(data.findings[root.id]!.history.text).toBe(root.history.description);
    expect(data.findings['sural']!.motor.text).toBe('Power normal (purely sensory)');
  });
});

describe('ready-made comparisons', () => {
  it('holds the pairs of reference sections 6 and 9', () => {
    const sets = COMPARE_PAIRS.map((p) =>
      p.items
        .map((i) => i.id)
        .sort()
        .join('+'),
    );
    expect(sets).toEqual([
      'L5+common-fibular',
      'S1+sural+tibial-tarsal-tunnel',
      'L4+saphenous',
      'L2+L3+lateral-femoral-cutaneous',
      'L3+L4+femoral+obturator',
      'S2+posterior-femoral-cutaneous',
      'L1+genitofemoral+ilioinguinal',
    ]);
    for (const pair of COMPARE_PAIRS) expect(pair.items.length).toBeGreaterThanOrEqual(2);
  });

  it('finds a pair whatever the order', () => {
    expect(
      findComparePair([
        { kind: 'nerve', id: 'saphenous' },
        { kind: 'root', id: 'L4' },
      ])?.id,
    ).toBe('l4-saphenous');
    expect(
      findComparePair([
        { kind: 'root', id: 'L4' },
        { kind: 'root', id: 'L5' },
      ]),
    ).toBeNull();
  });
});

describe('atlas search', () => {
  it('understands the words students and patients use', () => {
    expect(ids(searchAtlas('foot drop', records)).slice(0, 2)).toEqual(['L5', 'common-fibular']);
    expect(ids(searchAtlas('Numb inner ankle', records)).slice(0, 2)).toEqual(['L4', 'saphenous']);
    expect(ids(searchAtlas('top of the foot', records))).toEqual(expect.arrayContaining(['L5', 'superficial-fibular']));
    expect(ids(searchAtlas('meralgia', records))[0]).toBe('lateral-femoral-cutaneous');
    expect(ids(searchAtlas('saddle', records)).slice(0, 2)).toEqual(['S4-5', 'S3']);
    expect(ids(searchAtlas('saddle', records))).toContain('pudendal');
  });

  it('finds a root or nerve by its name, and the text of the records', () => {
    expect(ids(searchAtlas('l5', records))[0]).toBe('L5');
    expect(ids(searchAtlas('sural', records))[0]).toBe('sural');
    expect(ids(searchAtlas('Obturator', records))[0]).toBe('obturator');
    expect(ids(searchAtlas('popliteal fossa', records))).toContain('S2');
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchAtlas('', records)).toEqual([]);
    expect(searchAtlas('  ', records)).toEqual([]);
    expect(searchAtlas('xylophone', records)).toEqual([]);
  });

  it('only names roots and nerves the atlas knows', () => {
    for (const entry of ATLAS_SYNONYMS) for (const item of entry.items) expect(findAtlasRecord(data, item)).not.toBeNull();
  });
});

describe('atlas chart', () => {
  it('draws a view with its legend, title and sources in one SVG', () => {
    const svg = renderAtlasChartSvg({
      view: 'anterior',
      layer: 'dermatomes',
      keyPoints: true,
      sources: ['ISNCSCI (Rupp et al. 2021)'],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Legend: Dermatomes');
    expect(svg).toContain('L5 dermatome');
    expect(svg).toContain('ISNCSCI key sensory point');
    expect(svg).toContain('Sources: ISNCSCI (Rupp et al. 2021).');
    expect(svg.match(/<svg /g)).toHaveLength(2);
  });

  it('lists the nerves of the view on the nerve layer', () => {
    const legend = atlasChartLegend({ view: 'plantar', layer: 'nerves' });
    expect(legend.filter((r) => r.kind === 'nerve').map((r) => r.label)).toEqual(
      expect.arrayContaining(['SuN', 'MPN', 'LPN', 'MCN']),
    );
    expect(legend.some((r) => r.kind === 'root')).toBe(false);
  });

  it('wraps text at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('interactive figure', () => {
  it('makes every zone and territory a named button, and the figure a group', () => {
    const svg = renderMapSvg('anterior', { layer: 'both', colourAll: true, interactive: true });
    expect(svg).toContain('role="group"');
    expect(svg).toContain('aria-label="L5 dermatome, patient’s left side"');
    expect(svg).toContain('aria-label="Saphenous nerve territory, patient’s right side"');
    const zones = svg.match(/class="dm-zone [^"]*"[^>]*tabindex="0" role="button"/g) ?? [];
    expect(zones.length).toBe(drawViews.anterior.zones.length);
    const plain = renderMapSvg('anterior', { layer: 'both', colourAll: true });
    expect(plain).toContain('role="img"');
    expect(plain).not.toContain('tabindex');
    const concealed = renderMapSvg('anterior', { shadeZones: [0], concealRoots: true, interactive: true });
    expect(concealed).not.toContain('tabindex');
  });
});
