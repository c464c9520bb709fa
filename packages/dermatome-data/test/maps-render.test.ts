import { NERVE_IDS } from '../src/facts/index.js';
import { MAP_LAYERS, ROOT_IDS, VIEW_IDS, type NerveId, type RootId } from '../src/types.js';
import {
  OKABE_ITO,
  isCompoundNerve,
  keyPointFor,
  mapViews,
  nerveStyle,
  pointInPolygon,
  renderMapSvg,
  territoryNerves,
  zoneStyle,
} from '../src/maps/index.js';

/**
 * A small well-formedness check: tags balance, attributes are quoted, text and attribute values
 * hold no raw "<" or stray "&". Returns the element names in document order.
 */
function checkXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`raw & in text near ${i}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [, closing, name, attrs, selfClosing] = m;
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(attrs ?? '')) throw new Error(`raw & in attributes of <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return names;
}

const attrValues = (svg: string, attr: string): string[] =>
  [...svg.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/** The SVG without its geometry (path data and coordinates), where root-like letters could hide. */
const withoutGeometry = (svg: string): string =>
  svg.replace(/\s(d|x|y|cx|cy|r|x1|x2|y1|y2|viewBox|width|height|points)="[^"]*"/g, '');

const zonePaths = (svg: string): string[] => svg.match(/<path class="dm-zone[^>]*>/g) ?? [];

describe('renderMapSvg', () => {
  it.each(VIEW_IDS)('writes a well-formed, accessible SVG of the %s view', (view) => {
    const svg = renderMapSvg(view, { colourAll: true, showLabels: true, showKeyPoints: true, showBands: true });
    const names = checkXml(svg);
    expect(names[0]).toBe('svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+"/);
    expect(svg).toContain(`viewBox="${mapViews[view].viewBox}"`);
    expect(svg).toContain('role="img"');
    // one title for the map (the R and L letters carry their own short titles)
    expect(svg.match(/<title id=/g)).toHaveLength(1);
    expect(names.filter((n) => n === 'desc')).toHaveLength(1);
    const [title] = attrValues(svg, 'aria-labelledby');
    const [desc] = attrValues(svg, 'aria-describedby');
    expect(svg).toContain(`<title id="${title}">`);
    expect(svg).toContain(`<desc id="${desc}">`);
    expect(zonePaths(svg)).toHaveLength(mapViews[view].zones.length);
    expect(svg.match(/class="dm-band"/g)).toHaveLength(mapViews[view].bands.length);
  });

  it('escapes the title and the class name', () => {
    const svg = renderMapSvg('anterior', { title: 'Knee & <ankle>', className: 'a"b' });
    checkXml(svg);
    expect(svg).toContain('<title id="dm-title">Knee &amp; &lt;ankle&gt;</title>');
    expect(svg).not.toContain('a"b');
  });

  it('fills the highlighted zones with their colour and pattern, the rest neutral', () => {
    const svg = renderMapSvg('posterior', { highlight: ['S1', 'S2'] });
    const marked = zonePaths(svg).filter((p) => p.includes('dm-zone-marked'));
    expect(marked).toHaveLength(4);
    expect(marked.map((p) => p.match(/data-root="([^"]+)"/)![1]).sort()).toEqual(['S1', 'S1', 'S2', 'S2']);
    for (const p of marked) expect(p).toMatch(/fill="url\(#dm-pattern-s[12]\)"/);
    const neutral = zonePaths(svg).filter((p) => !p.includes('dm-zone-marked'));
    expect(neutral).toHaveLength(mapViews.posterior.zones.length - 4);
    for (const p of neutral) expect(p).not.toContain('url(#');
    expect(svg).toContain(`fill="${zoneStyle('S1').fill}"`);
    expect(svg).toContain(`fill="${zoneStyle('S2').fill}"`);
  });

  it('colours every zone with colourAll, and every url(#..) points at a defined id', () => {
    const svg = renderMapSvg('anterior', { colourAll: true, showBands: true });
    expect(zonePaths(svg).every((p) => p.includes('dm-zone-marked'))).toBe(true);
    const ids = new Set(attrValues(svg, 'id'));
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(mapViews.anterior.zones.length);
    for (const ref of refs) expect(ids.has(ref)).toBe(true);
  });

  it('writes one label per label spot when asked, none otherwise', () => {
    const labelled = renderMapSvg('posterior', { colourAll: true, showLabels: true, showSideLabels: false });
    const texts = [...labelled.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const spots = mapViews.posterior.zones.flatMap((z) => z.labels.map(() => z.root));
    expect(texts.sort()).toEqual(spots.sort());
    expect(renderMapSvg('posterior', { colourAll: true, showSideLabels: false })).not.toContain('<text');
    const nerves = renderMapSvg('plantar', { layer: 'nerves', colourAll: true, showLabels: true, showSideLabels: false });
    const nerveTexts = [...nerves.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(nerveTexts.sort()).toEqual(
      mapViews.plantar.nerves.flatMap((t) => t.labels.map(() => nerveStyle(t.nerve).label)).sort(),
    );
  });

  it('prefixes every id so that two maps can share a page', () => {
    const a = renderMapSvg('anterior', { colourAll: true, showBands: true, idPrefix: 'first' });
    const b = renderMapSvg('anterior', { colourAll: true, showBands: true, idPrefix: 'second' });
    const idsA = attrValues(a, 'id');
    const idsB = attrValues(b, 'id');
    expect(idsA.length).toBeGreaterThan(3);
    for (const id of idsA) expect(id.startsWith('first-')).toBe(true);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(renderMapSvg('anterior', { idPrefix: 'a b"<' })).toContain('id="ab-title"');
    expect(renderMapSvg('anterior', { idPrefix: '7' })).toContain('id="dm7-title"');
  });

  it('shades zones and territories given by index exactly as the same ones given by name and side', () => {
    for (const view of VIEW_IDS) {
      mapViews[view].zones.forEach((zone, index) => {
        if (zone.root.startsWith('T')) return;
        expect(renderMapSvg(view, { shadeZones: [index], concealRoots: true })).toBe(
          renderMapSvg(view, { highlight: [{ root: zone.root as RootId, side: zone.side }], concealRoots: true }),
        );
      });
      mapViews[view].nerves.forEach((t, index) => {
        // a compound nerve's name stands for all its branches; its own part alone is shaded by index
        if (isCompoundNerve(t.nerve)) return;
        expect(renderMapSvg(view, { layer: 'nerves', shadeNerves: [index], concealRoots: true })).toBe(
          renderMapSvg(view, { layer: 'nerves', highlightNerves: [{ nerve: t.nerve, side: t.side }], concealRoots: true }),
        );
      });
    }
  });

  describe('with concealRoots (question side of a zone card)', () => {
    const rootPattern = /\b(?:L[1-5]|S[1-3]|S4-5|[ls][1-5])\b|pattern-[ls]/i;

    it.each([...ROOT_IDS])('names no root anywhere when %s is shaded', (root: RootId) => {
      const view = keyPointFor(root).view;
      const svg = renderMapSvg(view, {
        highlight: [root],
        side: 'left',
        concealRoots: true,
        showLabels: true,
        showKeyPoints: true,
      });
      checkXml(svg);
      expect(withoutGeometry(svg)).not.toMatch(rootPattern);
      expect(svg).not.toContain('data-root');
      // only the patient's sides are lettered
      expect([...svg.matchAll(/<\/title>([^<]*)<\/text>/g)].map((m) => m[1]).sort()).toEqual(['L', 'R']);
      expect(zonePaths(svg).filter((p) => p.includes('dm-zone-marked'))).toHaveLength(1);
    });

    it('draws every shaded zone the same way, so that colour cannot give the root away', () => {
      // the SVG without geometry, its zone paths in sorted order: only the position of the shaded
      // path may differ between roots, not how it looks
      const normalise = (svg: string): string => {
        const bare = withoutGeometry(svg);
        const zones = (bare.match(/<path class="dm-zone[^>]*>/g) ?? []).sort();
        return bare.replace(/<path class="dm-zone[^>]*>/g, '') + zones.join('');
      };
      const faces = (['L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as RootId[]).map((root) =>
        normalise(renderMapSvg('anterior', { highlight: [root], concealRoots: true })),
      );
      expect(new Set(faces).size).toBe(1);
      // and they do differ in which path is shaded
      const l4 = renderMapSvg('anterior', { highlight: ['L4'], concealRoots: true });
      const l5 = renderMapSvg('anterior', { highlight: ['L5'], concealRoots: true });
      expect(l4).not.toBe(l5);
    });

    it('keeps a neutral default title and description', () => {
      const svg = renderMapSvg('posterior', { highlight: ['S3'], concealRoots: true });
      const title = svg.match(/<title[^>]*>([^<]*)</)![1]!;
      const desc = svg.match(/<desc[^>]*>([^<]*)</)![1]!;
      expect(title).toBe(mapViews.posterior.name);
      expect(desc).toContain('Part of the skin is shaded');
      expect(`${title} ${desc}`).not.toMatch(rootPattern);
    });
  });

  it('names the shaded roots in the description when not concealed', () => {
    const svg = renderMapSvg('anterior', { highlight: ['L4', 'L5'] });
    expect(svg).toMatch(/<desc[^>]*>[^<]*Shaded dermatome: L4 \(both sides\) and L5 \(both sides\)\.[^<]*</);
    const left = renderMapSvg('anterior', { highlight: [{ root: 'L4', side: 'left' }] });
    expect(left).toMatch(/Shaded dermatome: L4 \(the patient’s left side\)/);
  });

  it('draws a target marker at markPoint', () => {
    const svg = renderMapSvg('anterior', { markPoint: { x: 123.4, y: 567.8 } });
    expect(svg).toContain('class="dm-mark"');
    expect(svg).toMatch(/<circle cx="123.4" cy="567.8" r="15"/);
    expect(renderMapSvg('anterior')).not.toContain('dm-mark');
  });

  it('shows the learner click with a shape and a word for each result', () => {
    const click = (correct?: boolean | 'partial') => renderMapSvg('anterior', { click: { x: 150, y: 700, correct } });
    expect(click(true)).toContain('dm-click-correct');
    expect(click(true)).toContain('>right</text>');
    expect(click('partial')).toContain('dm-click-partial');
    expect(click('partial')).toContain('>partly</text>');
    expect(click(false)).toContain('dm-click-wrong');
    expect(click(false)).toContain('>wrong</text>');
    expect(click(undefined)).toContain('dm-click-ungraded');
    // the shapes differ, not only the colours: a check path, a half disc, a cross
    const glyph = (svg: string) => svg.slice(svg.indexOf('dm-click'));
    expect(glyph(click(true))).toMatch(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+" fill="none"/);
    expect(glyph(click('partial'))).toContain('A12 12 0 0 1');
    expect(glyph(click(false))).toMatch(/M[\d.]+ [\d.]+L[\d.]+ [\d.]+M/);
    for (const result of [true, 'partial', false] as const) checkXml(click(result));
  });

  it('draws only the requested key points', () => {
    const all = renderMapSvg('anterior', { showKeyPoints: true });
    expect(all.match(/r="6.5"/g)).toHaveLength(12);
    const one = renderMapSvg('anterior', { showKeyPoints: ['L4'], side: 'right' });
    expect(one.match(/r="6.5"/g)).toHaveLength(1);
    const kp = keyPointFor('L4');
    expect(one).toContain(`cx="${kp.x}" cy="${kp.y}"`);
  });

  it('can hide the zone borders', () => {
    expect(renderMapSvg('anterior')).toContain('stroke="#FFFFFF" stroke-width="1.6"');
    expect(renderMapSvg('anterior', { zoneBorders: false })).not.toContain('stroke="#FFFFFF" stroke-width="1.6"');
  });

  it('sets the pixel size from the width option, keeping the aspect ratio', () => {
    const svg = renderMapSvg('posterior', { width: 200 });
    const { width, height } = mapViews.posterior;
    expect(svg).toContain(`width="200" height="${Math.round((200 * height) / width)}"`);
  });
});

describe('renderMapSvg: layers, sides and nerves', () => {
  const nervePaths = (svg: string): string[] => svg.match(/<path class="dm-nerve[ "][^>]*>/g) ?? [];

  it.each(VIEW_IDS.flatMap((view) => MAP_LAYERS.map((layer) => [view, layer] as const)))(
    'draws the %s view on the %s layer as well-formed SVG with smooth (Bézier) skin',
    (view, layer) => {
      const svg = renderMapSvg(view, { layer, colourAll: true, showLabels: true, showKeyPoints: true });
      checkXml(svg);
      expect(svg).toContain(`dm-layer-${layer}`);
      expect(svg).toMatch(/class="dm-skin" d="M[\d.]+ [\d.]+C/);
      expect(zonePaths(svg)).toHaveLength(layer === 'nerves' ? 0 : mapViews[view].zones.length);
      expect(nervePaths(svg)).toHaveLength(layer === 'nerves' ? mapViews[view].nerves.length : 0);
      if (layer === 'both') expect(svg.match(/class="dm-nerve-line[ "]/g)).toHaveLength(mapViews[view].nerves.length);
      const ids = new Set(attrValues(svg, 'id'));
      for (const ref of [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!)) expect(ids.has(ref)).toBe(true);
    },
  );

  it('highlights a compound nerve as all its branches, on the side asked', () => {
    const svg = renderMapSvg('anterior', { layer: 'nerves', highlightNerves: ['common-fibular'], side: 'right' });
    const marked = nervePaths(svg).filter((p) => p.includes('dm-nerve-marked'));
    expect(marked.map((p) => `${p.match(/data-nerve="([^"]+)"/)![1]}/${p.match(/data-side="([^"]+)"/)![1]}`).sort()).toEqual([
      'common-fibular/right',
      'deep-fibular/right',
      'superficial-fibular/right',
    ]);
    // drawn in the compound nerve's own colour and pattern, its variable edge hatched
    expect(marked.every((p) => p.includes('url(#dm-nerve-common-fibular)'))).toBe(true);
    expect(svg).toContain('class="dm-nerve-edge"');
    expect(svg).toMatch(/Shaded nerve skin: the CFN territory \(the patient’s right side\)/);
  });

  it('draws a root and a nerve together on the both layer: the strip coloured, the nerve outlined', () => {
    const svg = renderMapSvg('anterior', {
      layer: 'both',
      highlight: ['L5'],
      highlightNerves: ['deep-fibular'],
      side: 'left',
      showLabels: true,
    });
    checkXml(svg);
    expect(zonePaths(svg).filter((p) => p.includes('dm-zone-marked'))).toHaveLength(1);
    const outlined = svg.match(/<path class="dm-nerve-line[^>]*dm-nerve-marked[^>]*>/g) ?? [];
    expect(outlined).toHaveLength(1);
    expect(outlined[0]).toContain('data-nerve="deep-fibular"');
    expect(outlined[0]).toContain('stroke-dasharray');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['L5', nerveStyle('deep-fibular').label]));
  });

  it.each(['sural', 'tibial-tarsal-tunnel', 'sciatic', 'pudendal', 'saphenous'] as NerveId[])(
    'names no nerve on a concealed question shading the %s territory',
    (nerve) => {
      const view =
        mapViews.anterior.nerves.some((t) => territoryNerves(nerve).includes(t.nerve)) && nerve !== 'sural'
          ? 'anterior'
          : 'posterior';
      const svg = renderMapSvg(view, {
        layer: 'nerves',
        highlightNerves: [nerve],
        side: 'right',
        concealRoots: true,
        showLabels: true,
      });
      checkXml(svg);
      expect(svg).not.toContain('data-nerve');
      const bare = withoutGeometry(svg).toLowerCase();
      for (const id of NERVE_IDS) expect(bare).not.toContain(id);
      for (const id of NERVE_IDS) expect(withoutGeometry(svg)).not.toContain(`>${nerveStyle(id).label}<`);
      expect(nervePaths(svg).filter((p) => p.includes('dm-nerve-marked')).length).toBeGreaterThan(0);
    },
  );

  it('draws a concealed dermatomal and a concealed peripheral deficit the same way (dermatomal or peripheral?)', () => {
    const look = (svg: string): string => withoutGeometry(svg).replace(/<path class="dm-area[^>]*>/g, '<area>');
    const root = renderMapSvg('anterior', { layer: 'both', highlight: ['L5'], side: 'right', concealRoots: true });
    const nerve = renderMapSvg('anterior', {
      layer: 'both',
      highlightNerves: ['common-fibular'],
      side: 'right',
      concealRoots: true,
    });
    expect(root).not.toBe(nerve);
    expect(look(root).replace(/(<area>)+/, '<area>')).toBe(look(nerve).replace(/(<area>)+/, '<area>'));
    expect(root).not.toContain('dm-nerve-line');
    expect(root).not.toContain('dm-zone');
  });

  it('letters the patient’s sides R and L, and can leave them out', () => {
    const svg = renderMapSvg('anterior');
    expect(svg).toMatch(/dm-side-label-right"[^>]*><title>Patient’s right<\/title>R<\/text>/);
    expect(svg).toMatch(/dm-side-label-left"[^>]*><title>Patient’s left<\/title>L<\/text>/);
    expect(renderMapSvg('anterior', { showSideLabels: false })).not.toContain('dm-side-label');
  });

  it('draws the contested areas hatched wherever dermatomes are coloured', () => {
    const svg = renderMapSvg('anterior', { highlight: ['L4'] });
    expect(svg.match(/class="dm-contested"/g)).toHaveLength(mapViews.anterior.contested.length);
    expect(svg).toContain('data-contested="hallux"');
    expect(renderMapSvg('anterior', { highlight: ['L4'], concealRoots: true })).not.toContain('dm-contested');
  });

  it('ignores bad highlight entries, marks and sizes instead of drawing nonsense', () => {
    const svg = renderMapSvg('anterior', {
      highlight: ['X9' as RootId, { root: 'L4', side: 'middle' as never }],
      highlightNerves: ['radial' as NerveId],
      shadeZones: [-1, 9999, 1.5],
      shadeNerves: [Number.NaN],
      markPoint: { x: Number.NaN, y: 3 },
      click: { x: 10, y: Number.POSITIVE_INFINITY, correct: true },
      width: Number.NaN,
      layer: 'sideways' as never,
    });
    checkXml(svg);
    expect(zonePaths(svg).filter((p) => p.includes('dm-zone-marked'))).toHaveLength(2); // L4 on both sides
    expect(svg).not.toContain('dm-mark');
    expect(svg).not.toContain('dm-click');
    expect(svg).toContain(`width="${mapViews.anterior.width}"`);
    expect(() => renderMapSvg('sideways' as never)).toThrow(/Unknown view/);
  });
});

describe('nerveStyle', () => {
  it('gives every nerve an Okabe-Ito colour, a pattern and a short label; neighbours differ in colour', () => {
    const palette = Object.values(OKABE_ITO);
    const labels = new Set<string>();
    for (const nerve of NERVE_IDS) {
      const style = nerveStyle(nerve);
      expect(palette).toContain(style.fill);
      expect(style.label.length).toBeGreaterThanOrEqual(2);
      labels.add(style.label);
    }
    expect(labels.size).toBe(NERVE_IDS.length);
    // territories that touch never share a colour
    let touching = 0;
    for (const view of VIEW_IDS) {
      const nerves = mapViews[view].nerves;
      for (const a of nerves) {
        for (const b of nerves) {
          if (a === b || a.side !== b.side || a.nerve === b.nerve) continue;
          // the vertices of a's variable edge lie about 8 units either side of its border
          const ring = a.edge.flatMap((poly) => poly[0]!);
          let touch = false;
          for (let i = 0; i + 1 < ring.length && !touch; i += 2) {
            touch = b.polygons.some((poly) => pointInPolygon(ring[i]!, ring[i + 1]!, poly));
          }
          if (touch) {
            touching++;
            expect(`${a.nerve}/${b.nerve}: ${nerveStyle(a.nerve).fill}`).not.toBe(
              `${a.nerve}/${b.nerve}: ${nerveStyle(b.nerve).fill}`,
            );
          }
        }
      }
    }
    expect(touching).toBeGreaterThan(20);
  });
});

describe('zoneStyle', () => {
  it('gives every root an Okabe-Ito colour, a pattern of its own and its label', () => {
    const palette = Object.values(OKABE_ITO);
    const patterns = new Set<string>();
    for (const root of ROOT_IDS) {
      const style = zoneStyle(root);
      expect(palette).toContain(style.fill);
      expect(style.fill).not.toBe(OKABE_ITO.black);
      expect(style.label).toBe(root);
      expect(style.patternId).toMatch(/^pattern-[a-z0-9-]+$/);
      patterns.add(style.pattern);
    }
    expect(patterns.size).toBe(ROOT_IDS.length);
  });

  it('never gives two neighbouring zones the same colour', () => {
    for (const view of VIEW_IDS) {
      for (const band of mapViews[view].bands) {
        const [a, b] = band.roots;
        expect(zoneStyle(a).fill).not.toBe(zoneStyle(b).fill);
      }
    }
  });
});
