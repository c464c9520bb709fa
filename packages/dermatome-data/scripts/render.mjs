// Renders every view x layer of the figure (desktop size and 375 px wide) and example cards to PNGs in renders/ (git-ignored),
// through headless Chromium, so that a person can look at them.
//
//   pnpm --filter @dermatome/data render        (builds first)
//   RENDER_ONLY=maps node scripts/render.mjs    (maps only, skips the cards)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT_DIR = fileURLToPath(new URL('../renders/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const CARD_MAP_WIDTH = 300;

// DM_ENTRY lets a developer render from another build of the package (a path to its index.js).
const entry = process.env.DM_ENTRY ? new URL(`file://${process.env.DM_ENTRY}`).href : '../dist/esm/index.js';
const data = await import(entry);
const { renderMapSvg, mapViews, escapeXml } = data;

async function waitForChromium() {
  for (let i = 0; i < 120 && !existsSync(CHROMIUM); i++) {
    if (i === 0) console.log(`waiting for ${CHROMIUM} ...`);
    await new Promise((r) => setTimeout(r, 5000));
  }
}

const page = (body) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #fff; font: 15px/1.45 system-ui, sans-serif; color: #111; }
  .row { display: flex; gap: 24px; align-items: flex-start; }
  .card { width: ${CARD_MAP_WIDTH + 100}px; border: 1px solid #ccc; border-radius: 10px; padding: 16px; }
  .card.wide { width: 760px; }
  .side { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 0 0 8px; }
  .prompt { font-weight: 600; margin: 10px 0 6px; }
  ol { margin: 6px 0 0 20px; padding: 0; }
  .answer { font-weight: 700; margin: 10px 0 4px; }
  .expl { color: #333; }
  h1 { font-size: 16px; margin: 0 0 8px; }
</style></head><body>${body}</body></html>`;

async function shoot(browser, name, html, options = {}) {
  const tab = await browser.newPage({
    deviceScaleFactor: options.scale ?? 1,
    viewport: { width: options.viewportWidth ?? 900, height: 800 },
  });
  await tab.setContent(page(html));
  const target = options.selector ? tab.locator(options.selector).first() : tab.locator('body > *').first();
  if (options.clip) {
    const box = await tab.locator('svg').first().boundingBox();
    await tab.screenshot({
      path: `${OUT_DIR}${name}.png`,
      fullPage: true,
      clip: { x: box.x + options.clip.x, y: box.y + options.clip.y, width: options.clip.width, height: options.clip.height },
    });
  } else {
    await target.screenshot({ path: `${OUT_DIR}${name}.png` });
  }
  await tab.close();
  console.log(`  ${name}.png`);
}

const PAIRS = {
  anterior: { roots: ['L5'], nerves: ['common-fibular'] },
  posterior: { roots: ['S1'], nerves: ['sural'] },
  plantar: { roots: ['S1'], nerves: ['tibial-tarsal-tunnel'] },
};

function layerOptions(view, layer) {
  if (layer === 'dermatomes') return { layer, colourAll: true, showLabels: true, showKeyPoints: true };
  if (layer === 'nerves') return { layer, colourAll: true, showLabels: true };
  // both layers as a root-versus-nerve card shows them: the root's strip coloured, the nerve's skin outlined
  const pair = PAIRS[view];
  return { layer, side: 'right', showLabels: true, highlight: pair.roots, highlightNerves: pair.nerves };
}

async function renderMaps(browser) {
  const VIEWS = ['anterior', 'posterior', 'plantar'];
  const LAYERS = ['dermatomes', 'nerves', 'both'];
  const all = (layer) =>
    VIEWS.map((view) =>
      renderMapSvg(view, { ...layerOptions(view, layer), width: view === 'plantar' ? 560 : 360, idPrefix: `all-${view}` }),
    ).join('');
  for (const layer of LAYERS) {
    await shoot(browser, `all-views-${layer}`, `<div class="row">${all(layer)}</div>`, { viewportWidth: 1400 });
  }
  for (const view of VIEWS) {
    for (const layer of LAYERS) {
      const svg = (width) => renderMapSvg(view, { ...layerOptions(view, layer), width, idPrefix: `${view}-${layer}` });
      await shoot(browser, `${view}-${layer}-desktop`, svg(mapViews[view].width), { viewportWidth: 1280 });
      await shoot(browser, `${view}-${layer}-375px`, `<div style="width:343px">${svg(343)}</div>`, {
        viewportWidth: 375,
        scale: 2,
      });
    }
    await shoot(browser, `${view}-bands-desktop`, renderMapSvg(view, { colourAll: true, showBands: true, showLabels: true }), {
      viewportWidth: 1280,
    });
    await shoot(browser, `${view}-outline-200px`, renderMapSvg(view, { width: 200 }));
  }
}

function optionsList(face) {
  if (!face.options) return '';
  return `<ol>${face.options.map((o) => `<li>${escapeXml(o.text)}</li>`).join('')}</ol>`;
}

function questionMap(face) {
  if (!face.map && !face.clickView) return '';
  const view = face.map?.view ?? face.clickView;
  return renderMapSvg(view, {
    layer: face.map?.layer ?? 'dermatomes',
    shadeZones: face.map?.shade ?? [],
    shadeNerves: face.map?.shadeNerves ?? [],
    markPoint: face.map?.markPoint,
    concealRoots: true,
    width: CARD_MAP_WIDTH,
    idPrefix: 'q',
  });
}

function answerMapSvg(card) {
  const shown = data.answerMap(card);
  if (!shown) return '';
  let click;
  const expected = data.expectedAnswer(card);
  if (expected.kind === 'click' && expected.point) {
    // an example learner click near the expected point
    const at = { x: expected.point.x + 6, y: expected.point.y + 5 };
    const grade = data.gradeAnswer(card, { view: expected.view, ...at });
    click = { ...at, correct: grade.correct ? true : grade.partial ? 'partial' : false };
  }
  return (
    renderMapSvg(shown.view, {
      layer: shown.layer,
      side: shown.side,
      highlight: shown.highlight,
      highlightNerves: shown.highlightNerves,
      showLabels: true,
      showKeyPoints: shown.keyPoints.length ? shown.keyPoints : false,
      click,
      width: CARD_MAP_WIDTH,
      idPrefix: 'a',
    }) + `<p class="side">${escapeXml(shown.caption)}</p>`
  );
}

function answerText(card) {
  if (card.answer.kind === 'choice') {
    const option = card.answer.options.find((o) => o.id === card.answer.correctOptionId);
    return option?.text ?? card.answerText;
  }
  if (card.answer.kind === 'flip') return card.answer.back;
  return card.answerText;
}

async function renderCards(browser) {
  if (!Array.isArray(data.cards) || data.cards.length === 0) {
    console.log('  (no `cards` exported yet: card examples skipped)');
    return;
  }
  const toFace = data.toCardFace ?? ((c) => ({ ...c, options: c.answer.kind === 'choice' ? c.answer.options : null }));
  const examples = [
    ...data.CARD_TYPES.map((type) => [type, data.cards.find((c) => c.type === type)]),
    ...[
      'territory-which:sural',
      'territory-click:sural:left',
      'pattern:anterior:L5-vs-deep-fibular:nerve:left',
      'pattern:anterior:L5-vs-deep-fibular:root:right',
      'pattern:posterior:S1-vs-sural:root:both',
      'root-nerve:L5',
      'nerve-skin:deep-fibular',
      'zone:plantar:S1',
    ].map((key) => [key.replace(/[^a-z0-9-]+/gi, '_'), data.cardByKey(key)]),
  ];
  for (const [type, card] of examples) {
    if (!card) {
      console.log(`  (no card for ${type})`);
      continue;
    }
    const face = toFace(card);
    const wide = card.map || card.answer.kind === 'click' || data.answerMap(card) ? '' : ' wide';
    const question = `<div class="card${wide}"><p class="side">${escapeXml(type)} · question</p>${questionMap(face)}<p class="prompt">${escapeXml(face.prompt)}</p>${optionsList(face)}</div>`;
    const answer = `<div class="card${wide}"><p class="side">${escapeXml(type)} · answer</p>${answerMapSvg(card)}<p class="prompt">${escapeXml(card.prompt)}</p><p class="answer">${escapeXml(answerText(card))}</p><p class="expl">${escapeXml(card.explanation)}</p><p class="side">Source: ${escapeXml(data.sources?.[card.source]?.label ?? card.source)}</p></div>`;
    await shoot(browser, `card-${type}-question`, question);
    await shoot(browser, `card-${type}-answer`, answer);
  }
}

async function main() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  await waitForChromium();
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: LAUNCH_ARGS,
  });
  try {
    console.log(`rendering to ${OUT_DIR}`);
    await renderMaps(browser);
    if (process.env.RENDER_ONLY !== 'maps') await renderCards(browser);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
