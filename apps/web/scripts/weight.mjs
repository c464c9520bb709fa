// Page weight of the review page and the atlas, and proof that the card bank stays out of the browser.
//
// Reads the build's manifest (.svelte-kit/output, written by `vite build`), takes every JavaScript
// file each page loads (the client entry and its imports, plus each node of the route:
// root layout, error page and the page itself, with their imports), gzips each and sums them.
// Fails above the budget. Then searches ALL client JavaScript for text of the card bank (answers
// and explanations taken from @dermatome/data now), which must only reach the browser through
// the API, after the learner has answered.
import { cards, nerves } from '@dermatome/data';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const ROUTES = ['/review', '/atlas'];

const webDir = dirname(dirname(fileURLToPath(import.meta.url)));
const output = join(webDir, '.svelte-kit', 'output');
const clientDir = join(output, 'client');
const manifestFile = join(output, 'server', 'manifest.js');
if (!existsSync(manifestFile)) {
  console.error(
    `${relative(process.cwd(), manifestFile)} is missing: build the web app first (pnpm --filter @dermatome/web build).`,
  );
  process.exit(1);
}

const { manifest } = await import(pathToFileURL(manifestFile).href);
const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;

/** Gzipped JavaScript a page route loads: the client entry and its imports, and its nodes with theirs. */
async function routeWeight(routeId) {
  const route = manifest._.routes.find((r) => r.id === routeId);
  if (!route?.page) {
    console.error(`The build has no page route ${routeId}.`);
    process.exit(1);
  }
  const nodeIndexes = [...route.page.layouts, ...route.page.errors, route.page.leaf].filter((i) => i !== undefined);
  const files = new Set([manifest._.client.start, manifest._.client.app, ...manifest._.client.imports]);
  for (const index of nodeIndexes) {
    const node = await manifest._.nodes[index]();
    for (const file of node.imports ?? []) files.add(file);
  }
  let totalBytes = 0;
  const rows = [];
  for (const file of files) {
    const gzipped = gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).length;
    totalBytes += gzipped;
    rows.push([file, gzipped]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`JavaScript of ${routeId} (gzip -9), ${files.size} files:`);
  for (const [file, bytes] of rows) console.log(`  ${kb(bytes).padStart(6)} KB  ${file}`);
  console.log(`Total: ${kb(totalBytes)} KB (budget ${BUDGET_KB} KB)`);
  return totalBytes;
}

// The atlas is held to the review page's budget: it draws the same figure and adds no library.
for (const route of ROUTES) {
  const totalBytes = await routeWeight(route);
  if (totalBytes > BUDGET_KB * 1024) {
    console.error(`FAIL: ${route} loads ${kb(totalBytes)} KB of JavaScript, over the ${BUDGET_KB} KB budget.`);
    failed = true;
  }
}

// Card-bank text: explanations and flip backs of a spread of card types. Several short plain-ASCII
// pieces per text (a bundler writes them verbatim; a source string split over lines still leaves
// whole pieces), and the bank's own field name for the right option.
function probes(text) {
  const runs = text.match(/[A-Za-z0-9 ,;:()-]{32,}/g) ?? [];
  return runs.flatMap((run) => [run.slice(0, 32), run.slice(-32)]).slice(0, 4);
}
const samples = [];
for (const type of new Set(cards.map((c) => c.type))) {
  const ofType = cards.filter((c) => c.type === type);
  for (const card of [ofType[0], ofType.at(-1)]) {
    const texts = [card.explanation, ...(card.answer.kind === 'flip' ? [card.answer.back] : [])];
    for (const text of texts) for (const piece of probes(text)) samples.push({ card: card.id, text: piece });
  }
}
samples.push({ card: '(any choice card)', text: 'correctOptionId' });
// The atlas's facts come with the page's data, never in its JavaScript: a distinguishing feature
// of a nerve (long, only in the facts) must not be in any client file either.
for (const nerve of nerves.slice(0, 3))
  for (const piece of probes(nerve.distinguishingFeatures)) samples.push({ card: `(facts of ${nerve.id})`, text: piece });

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (/\.(m?js)$/.test(entry.name)) yield path;
  }
}
const leaks = [];
for (const file of jsFiles(clientDir)) {
  const source = readFileSync(file, 'utf8');
  for (const sample of samples) {
    if (source.includes(sample.text))
      leaks.push(`${relative(clientDir, file)} contains card text of ${sample.card}: "${sample.text}"`);
  }
}
if (leaks.length > 0) {
  console.error('FAIL: the card bank reached the client JavaScript:');
  for (const leak of leaks) console.error(`  ${leak}`);
  failed = true;
} else {
  console.log(`No card-bank text in the client JavaScript (${samples.length} probes from ${cards.length} cards).`);
}

process.exit(failed ? 1 : 0);
