// Renders the leg maps and one example of every card type to PNGs in renders/ (git-ignored),
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
const MAP_WIDTH = 360;
const CARD_MAP_WIDTH = 260;

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

async function renderMaps(browser) {
  const full = (view) =>
    renderMapSvg(view, { colourAll: true, showLabels: true, showKeyPoints: true, width: MAP_WIDTH, idPrefix: `full-${view}` });
  await shoot(browser, 'maps-both-labelled', `<div class="row">${full('anterior')}${full('posterior')}</div>`);
  for (const view of ['anterior', 'posterior']) {
    await shoot(browser, `${view}-labelled`, full(view));
    await shoot(
      browser,
      `${view}-bands`,
      renderMapSvg(view, { colourAll: true, showBands: true, showLabels: true, width: MAP_WIDTH }),
    );
    await shoot(browser, `${view}-outline-200px`, renderMapSvg(view, { width: 200 }));
    await shoot(
      browser,
      `${view}-labelled-zoom-foot`,
      renderMapSvg(view, { colourAll: true, showLabels: true, showKeyPoints: true, width: 900 }),
      {
        viewportWidth: 1000,
        clip: { x: 0, y: 1250 * 3, width: 900, height: 450 * 3 },
      },
    );
    await shoot(
      browser,
      `${view}-labelled-zoom-hip`,
      renderMapSvg(view, { colourAll: true, showLabels: true, showKeyPoints: true, width: 900 }),
      {
        viewportWidth: 1000,
        clip: { x: 0, y: 0, width: 900, height: 1400 },
      },
    );
    for (const zone of mapViews[view].zones) {
      await shoot(browser, `${view}-highlight-${zone.root}`, renderMapSvg(view, { highlight: [zone.root], width: MAP_WIDTH }));
    }
  }
}

function optionsList(face) {
  if (!face.options) return '';
  return `<ol>${face.options.map((o) => `<li>${escapeXml(o.text)}</li>`).join('')}</ol>`;
}

function questionMap(card) {
  if (!card.map) return '';
  return renderMapSvg(card.map.view, {
    highlight: card.map.highlight,
    markPoint: card.map.markPoint,
    concealRoots: true,
    width: CARD_MAP_WIDTH,
    idPrefix: 'q',
  });
}

function answerMap(card) {
  const view = card.map?.view ?? (card.answer.kind === 'click' ? card.answer.view : null);
  if (!view) return '';
  const target = card.answer.kind === 'click' ? card.answer.target : null;
  const root = target ? ('zone' in target ? target.zone : target.keyPoint) : (card.map?.highlight[0] ?? card.roots[0]);
  let click;
  if (target && data.gradeAnswer) {
    // an example learner click: on the key point of the target root when it is on this view
    const kp = data.keyPointFor(root);
    const at = kp.view === view ? kp : null;
    if (at) {
      const grade = data.gradeAnswer(card, { view, x: at.x + 10, y: at.y + 8 });
      click = { x: at.x + 10, y: at.y + 8, correct: grade.correct ? true : grade.partial ? 'partial' : false };
    }
  }
  return renderMapSvg(view, {
    highlight: root ? [root] : [],
    markPoint: card.map?.markPoint,
    showLabels: true,
    showKeyPoints: root && !card.map?.markPoint ? [root] : false,
    click,
    width: CARD_MAP_WIDTH,
    idPrefix: 'a',
  });
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
  for (const type of data.CARD_TYPES) {
    const card = data.cards.find((c) => c.type === type);
    if (!card) {
      console.log(`  (no card of type ${type})`);
      continue;
    }
    const face = toFace(card);
    const wide = card.map ? '' : ' wide';
    const question = `<div class="card${wide}"><p class="side">${escapeXml(type)} · question</p>${questionMap(card)}<p class="prompt">${escapeXml(face.prompt)}</p>${optionsList(face)}</div>`;
    const answer = `<div class="card${wide}"><p class="side">${escapeXml(type)} · answer</p>${answerMap(card)}<p class="prompt">${escapeXml(card.prompt)}</p><p class="answer">${escapeXml(answerText(card))}</p><p class="expl">${escapeXml(card.explanation)}</p><p class="side">Source: ${escapeXml(data.sources?.[card.source]?.label ?? card.source)}</p></div>`;
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
