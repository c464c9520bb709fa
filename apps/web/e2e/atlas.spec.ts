import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signUp } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const figure = (page: Page) => page.getByTestId('atlas-figure');
const area = (page: Page, name: string) => figure(page).getByRole('button', { name, exact: true });

test('the atlas opens to a signed-out visitor from a deep link, with the root selected on every view', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/atlas?root=L5&view=anterior&layer=both&side=left');
  await expect(page).toHaveURL(/\/atlas\?root=L5/);
  await expect(page.getByRole('heading', { level: 1, name: 'Atlas' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  // the settings of the link
  await expect(page.getByRole('radio', { name: 'Front' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Both', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Patient’s left' })).toBeChecked();
  await expect(figure(page).locator('svg.dm-map')).toHaveClass(/dm-layer-both/);

  // the panel: the package's record, each fact with its source
  const panel = page.getByTestId('atlas-panel');
  await expect(panel.getByRole('heading', { name: 'L5 root' })).toBeVisible();
  await expect(panel.locator('[data-fact="key-point"] dd')).toContainText('third metatarsophalangeal joint');
  await expect(panel.locator('[data-fact="reflex-medial-hamstring"] dd')).toContainText('Medial hamstring reflex');
  await expect(panel.locator('[data-fact="disc-posterolateral"] dd')).toContainText('L4-5');
  await expect(panel.locator('[data-fact="disc-far-lateral"] dd')).toContainText('L5-S1');
  await expect(panel.locator('[data-fact="overlapping-nerves"] dd')).toContainText('Common fibular');
  const factCount = await panel.locator('.fact').count();
  await expect(panel.locator('.fact .source')).toHaveCount(factCount);

  // selected on the left side only, and on the thumbnails of the other views
  await expect(figure(page).locator('.dm-zone-L5.dm-side-left.atlas-selected')).toHaveCount(1);
  await expect(figure(page).locator('.dm-zone-L5.dm-side-right.atlas-selected')).toHaveCount(0);
  await expect(page.locator('.thumb .dm-zone-L5.dm-zone-marked').first()).toBeAttached();

  // the data table under the figure carries the same facts
  await expect(page.getByTestId('atlas-root-table').locator('tr[data-item="L4"]')).toContainText('Over the medial malleolus');
  await expect(page.getByTestId('atlas-nerve-table').locator('tr[data-item="sural"]')).toContainText('S1, S2');

  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'atlas-deep-link');
});

test('layers, keyboard and tap selection, search, compare', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/atlas');
  await expect(page.getByTestId('atlas-panel-empty')).toBeVisible();

  // toggle the layers and the key points
  await page.getByRole('radio', { name: 'Nerves' }).check();
  await expect(figure(page).locator('svg.dm-map')).toHaveClass(/dm-layer-nerves/);
  await expect(area(page, 'Saphenous nerve territory, patient’s right side')).toBeVisible();
  await expect(page).toHaveURL(/layer=nerves/);
  await page.getByRole('radio', { name: 'Dermatomes' }).check();
  await expect(figure(page).locator('svg.dm-map')).toHaveClass(/dm-layer-dermatomes/);
  await page.getByRole('checkbox', { name: 'Key points' }).check();
  await expect(figure(page).locator('.dm-key-points circle').first()).toBeAttached();
  await page.getByRole('checkbox', { name: 'Landmarks' }).uncheck();
  await expect(page).toHaveURL(/keypoints=on/);
  await expect(page).toHaveURL(/landmarks=off/);

  // keyboard: Tab from the zoom buttons into the figure reaches its zones, each named
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Tab');
  let focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  let steps = 0;
  while (!focused.startsWith('L4 dermatome') && steps < 40) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    steps += 1;
  }
  expect(focused).toMatch(/^L4 dermatome, patient’s (right|left) side$/);
  await expect(page.getByTestId('atlas-panel').getByRole('heading', { name: 'L4 root' })).toBeVisible();
  await expect(page).toHaveURL(/root=L4/);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('atlas-panel')).not.toHaveAttribute('data-item', 'L4');

  // tap (a click) on a zone
  await page.getByRole('radio', { name: 'Soles' }).check();
  await area(page, 'S1 dermatome, patient’s right side').click();
  await expect(page.getByTestId('atlas-panel').getByRole('heading', { name: 'S1 root' })).toBeVisible();
  await expect(figure(page).locator('.dm-zone-S1.atlas-selected')).toHaveCount(2);

  // search in everyday words: matches light up and are listed
  await page.getByLabel('Search the atlas').fill('foot drop');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByTestId('atlas-results');
  await expect(results.getByRole('button').first()).toHaveText('L5 root');
  await expect(results).toContainText('Common fibular');
  await expect(figure(page).locator('.atlas-match').first()).toBeAttached();
  await page.getByLabel('Search the atlas').fill('inner ankle');
  await expect(results.getByRole('button').nth(0)).toHaveText('L4 root');
  await expect(results.getByRole('button').nth(1)).toHaveText('Saphenous nerve');
  await page.getByLabel('Search the atlas').fill('meralgia');
  await expect(results.getByRole('button').first()).toHaveText('Lateral femoral cutaneous nerve');
  await results.getByRole('button', { name: 'Lateral femoral cutaneous nerve' }).click();
  await expect(page.getByTestId('atlas-panel').getByRole('heading', { name: 'Lateral femoral cutaneous nerve' })).toBeVisible();
  await page.getByLabel('Search the atlas').fill('saddle');
  await expect(results).toContainText('S4-5 root');
  await expect(results).toContainText('Pudendal');
  await page.getByLabel('Search the atlas').fill('');

  // compare a ready-made pair, then two of one's own choosing
  await page.getByRole('link', { name: 'L4 vs saphenous nerve' }).click();
  const compare = page.getByTestId('atlas-compare');
  await expect(compare.getByRole('heading', { name: 'L4 vs saphenous nerve' })).toBeVisible();
  await expect(compare.getByTestId('compare-table').locator('tr[data-aspect="history"] td')).toHaveCount(2);
  await expect(compare.getByTestId('compare-table').locator('tr[data-aspect="reflex"]')).toContainText('Knee jerk reduced');
  await expect(compare.getByTestId('compare-figures').locator('[data-testid="map-figure"]')).toHaveCount(2);
  await expect(page).toHaveURL(/compare=L4,saphenous/);
  await page.getByRole('radio', { name: 'Overlaid' }).check();
  await expect(compare.getByTestId('compare-figures').locator('[data-testid="map-figure"]')).toHaveCount(1);
  await expect(page).toHaveURL(/mode=overlay/);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'atlas-compare-overlay');

  await page.getByLabel('First').selectOption('S1');
  await page.getByLabel('Second').selectOption('sural');
  await page.getByRole('button', { name: 'Compare these two' }).click();
  await expect(compare.getByRole('heading', { name: 'S1 vs Sural nerve' })).toBeVisible();
  await expect(compare.getByTestId('compare-table').locator('tr[data-aspect="motor"]')).toContainText(
    'Power normal (purely sensory)',
  );
});

test('a comparison deep link, print preview and downloads', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/atlas?compare=L5,common-fibular');
  const compare = page.getByTestId('atlas-compare');
  await expect(compare.getByRole('heading', { name: 'L5 vs common fibular nerve (foot drop)' })).toBeVisible();
  await expect(compare.getByTestId('compare-table').locator('tr[data-aspect="deciding"]')).toContainText(
    'Inversion and hip abduction are normal',
  );
  await expect(compare.getByTestId('compare-table').locator('.source').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'atlas-compare');

  // a bad link says what is wrong and shows the rest
  await page.goto('/atlas?root=L9&view=sideways&layer=nerves');
  await expect(page.getByTestId('atlas-errors')).toContainText('Unknown root "L9"');
  await expect(page.getByTestId('atlas-errors')).toContainText('Unknown view "sideways"');
  await expect(figure(page).locator('svg.dm-map')).toHaveClass(/dm-layer-nerves/);

  // print: one chart per view, legend, labels and sources; the page's controls hidden
  await page.goto('/atlas?root=L5&layer=dermatomes');
  await expect(page.getByTestId('print-sheets')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.atlas-screen')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const sheets = page.locator('.print-sheets .sheet');
  await expect(sheets).toHaveCount(3);
  await expect(sheets.first()).toBeVisible();
  await expect(sheets.first()).toContainText('Legend: Dermatomes');
  await expect(sheets.first()).toContainText('Sources:');
  await expect(sheets.first().locator('.dm-labels text').first()).toBeAttached();
  mkdirSync(screenshotDir, { recursive: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: join(screenshotDir, 'atlas-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(3);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // download the view as SVG and as PNG, legend included
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('dermatome-atlas-anterior-dermatomes.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Legend: Dermatomes');
  expect(svg).toContain('L5 dermatome');
  expect(svg).toContain('Sources:');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('dermatome-atlas-anterior-dermatomes.png');
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2000);
  await pngDownload.saveAs(join(screenshotDir, 'atlas-download.png'));
});

test('on a phone the figure zooms', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/atlas?nerve=sural');
  await expect(page.getByTestId('atlas-panel').getByRole('heading', { name: 'Sural nerve' })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(figure(page).getByTestId('zoom-level')).toHaveText('150%');
  await area(page, 'Sural nerve territory, patient’s left side').first().click();
  await expect(page).toHaveURL(/nerve=sural/);
});

test('signed in: the nav, a mastery bar and a card’s answer side open the atlas', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, 'Atlas Reader');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Atlas' })).toBeVisible();
  await page.getByTestId('mastery-bars').getByRole('link', { name: 'L5 in the atlas' }).click();
  // the pointer stays where the link was: move it off the figure, or it previews the zone under it
  await page.mouse.move(1, 1);
  await expect(page).toHaveURL(/\/atlas\?root=L5$/);
  await expect(page.getByTestId('atlas-panel').getByRole('heading', { name: 'L5 root' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Atlas' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await page.goto('/review');
  await page.getByRole('button', { name: /^(Show answer|I don't know: show the answer)$/ }).click();
  const link = page.getByTestId('open-in-atlas');
  await expect(link).toHaveText(/Open in the atlas/);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/atlas/);
  await page.goto(href);
  await expect(page.getByTestId('atlas-errors')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Atlas' })).toBeVisible();
});
