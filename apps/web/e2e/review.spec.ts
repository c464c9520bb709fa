import { expect, test, type Page } from '@playwright/test';
import { drawViews, nerveAt, nerveStyle, NERVE_IDS, toCardFace, type Card } from '@dermatome/data';
import {
  apiClientFor,
  clickMapAt,
  expectOutboxEmpty,
  knownClickPoint,
  onlyTheseCards,
  outboxItems,
  rightSpot,
  signUp,
  viewOfMapClass,
} from './helpers';
import { DESKTOP, expectNoSeriousA11yViolations, PHONE, screenshotBothWidths } from './support';

type AnswerWay = 'click' | 'keyboard';

interface Answered {
  type: string;
  prompt: string;
  verdict: string | null;
}

/** Where the page sends ratings: the outbox sends its queue to the batch endpoint. */
const REVIEW_POSTS = /\/api\/study\/reviews(\/batch)?$/;

/** Every rating the page sent (POST /study/reviews or one item of a batch), and the API's answer to each. */
function recordReviews(page: Page) {
  const sent: { reviewId: string; cardId: string }[] = [];
  const acknowledged = new Map<string, string>();
  const refused: number[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !REVIEW_POSTS.test(request.url())) return;
    const body = request.postDataJSON();
    sent.push(...(request.url().endsWith('/batch') ? body.reviews : [body]));
  });
  page.on('response', async (response) => {
    if (response.request().method() !== 'POST' || !REVIEW_POSTS.test(response.url())) return;
    // the page may move on before the body is read; the replay check below covers those
    const body = await response.json().catch(() => null);
    if (response.url().endsWith('/batch')) {
      if (response.status() !== 200) refused.push(response.status());
      for (const r of body?.results ?? []) {
        if (r.outcome === 'refused') refused.push(r.status);
        else if (r.result?.reviewId) acknowledged.set(r.result.reviewId, r.result.reviewedAt);
      }
      return;
    }
    if (response.status() !== 201) refused.push(response.status());
    if (response.status() === 201 && body?.reviewId) acknowledged.set(body.reviewId, body.reviewedAt);
  });
  return { sent, acknowledged, refused };
}

const card = (page: Page) => page.getByTestId('review-card');

async function waitForQuestion(page: Page): Promise<{ type: string; prompt: string }> {
  await expect(card(page)).toHaveAttribute('data-side', 'question');
  return {
    type: (await card(page).getAttribute('data-card-type')) ?? '',
    prompt: (await page.locator('#card-prompt').textContent())?.trim() ?? '',
  };
}

async function doneCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('session-count').textContent()) ?? '';
  return Number(/(\d+)\s*done/.exec(text)?.[1] ?? NaN);
}

/**
 * Answers the card on screen the way its type asks: flip cards with Space, choice cards with a
 * click or a number key, locate cards with a click on the right spot or the keyboard crosshair.
 */
async function answer(page: Page, way: AnswerWay): Promise<Answered> {
  const { type, prompt } = await waitForQuestion(page);
  const options = page.locator('button.option');
  const map = page.getByTestId('answer-map');
  if (await map.count()) {
    const view = viewOfMapClass(await map.locator('svg.dm-map').getAttribute('class'));
    if (way === 'click') {
      await clickMapAt(page, map, view, knownClickPoint(prompt));
    } else {
      await map.focus();
      await expect(page.getByTestId('crosshair')).toBeVisible();
      await page.keyboard.press('Shift+ArrowUp');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
    }
  } else if (await options.count()) {
    if (way === 'keyboard') await page.keyboard.press('2');
    else await options.nth(1).click();
  } else {
    await page.keyboard.press('Space');
  }
  await expect(card(page)).toHaveAttribute('data-side', 'answer');
  const verdict = page.getByTestId('verdict');
  return { type, prompt, verdict: (await verdict.count()) ? await verdict.getAttribute('data-verdict') : null };
}

/** The rating the answer side pre-selected is marked and focused, and matches the verdict. */
async function expectPreselected(page: Page, verdict: string | null): Promise<void> {
  // the API suggests from the grade; "I don't know" starts on Again, a flip card on Good
  const expected = verdict === 'wrong' || verdict === 'unanswered' ? '1' : verdict === 'partial' ? '2' : '3';
  const preselected = page.locator('button.rating[data-preselected="true"]');
  await expect(preselected).toHaveAttribute('data-rating', expected);
  await expect(preselected).toBeFocused();
  if (verdict !== null && verdict !== 'unanswered') await expect(preselected).toContainText('Suggested');
}

test('a day of review: every card type, undo, offline and back, the summary, and the home page moves', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const reviews = recordReviews(page);
  await signUp(page, 'Sam Okafor');
  const api = await apiClientFor(page);
  // every card of every sub-deck can come up today
  expect((await api.PUT('/api/study/settings', { body: { newPerDay: 500 } })).response.ok).toBe(true);

  await page.goto('/');
  const today = page.getByRole('region', { name: 'Today' });
  const newBefore = Number(await today.getByTestId('count-new').textContent());
  expect(newBefore).toBeGreaterThan(200);
  await expect(page.getByTestId('streak')).toHaveText('0 days');
  const masteryBefore = await page
    .getByTestId('mastery-bars')
    .locator('li')
    .evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-mastery'))));
  expect(masteryBefore.every((m) => m === 0)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'home-new-learner');

  let rated = 0;
  let undoneOnServer = 0;
  const withdrawn = new Set<string>();

  await test.step('maps: a zone card by Space, locate cards by clicking and by keyboard, a key-point card', async () => {
    await page.goto('/review?deck=maps');
    const seen = new Set<string>();
    for (let i = 0; i < 80 && seen.size < 4; i++) {
      const { type } = await waitForQuestion(page);
      const key = type === 'locate' ? (seen.has('locate-click') ? 'locate-keyboard' : 'locate-click') : type;
      const first = !seen.has(key);
      if (first) {
        await expectNoSeriousA11yViolations(page);
        await screenshotBothWidths(page, `review-${key}-question`);
      }
      if (type === 'zone') {
        // the question side names no root anywhere in the DOM
        await expect(card(page).locator('[data-root]')).toHaveCount(0);
        await expect(card(page).locator('.dm-labels')).toHaveCount(0);
      }
      const result = await answer(page, key === 'locate-keyboard' ? 'keyboard' : 'click');
      if (key === 'locate-click') {
        expect(result.verdict).toBe('right');
        await expect(card(page).locator('.dm-click-correct')).toBeVisible();
      }
      if (type === 'zone' || type === 'locate' || type === 'key-point') {
        // labelled on the layer the API chose: root labels, or nerve labels for a nerve-territory card
        await expect(card(page).locator('.dm-labels, .dm-nerve-labels').first()).toBeVisible();
      }
      await expect(page.getByTestId('answer-text')).not.toBeEmpty();
      await expectPreselected(page, result.verdict);
      if (first) {
        await expectNoSeriousA11yViolations(page);
        await screenshotBothWidths(page, `review-${key}-answer`);
      }
      seen.add(key);
      // Space takes the marked rating, as in Anki
      await page.keyboard.press(type === 'zone' ? 'Space' : 'Enter');
      rated += 1;
    }
    expect([...seen].sort()).toEqual(['key-point', 'locate-click', 'locate-keyboard', 'zone']);
  });

  await test.step('a vignette answered by keyboard alone, then undo (before and after the API has it)', async () => {
    await page.goto('/review?deck=vignettes');
    const { type } = await waitForQuestion(page);
    expect(type).toBe('vignette');
    await screenshotBothWidths(page, 'review-vignette-question');
    const result = await answer(page, 'keyboard');
    await expectPreselected(page, result.verdict);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'review-vignette-answer');
    // the API does not answer for now: the rating waits in the outbox
    await page.route(REVIEW_POSTS, (route) => route.abort('connectionfailed'));
    await page.keyboard.press('Enter');
    rated += 1;
    const next = await waitForQuestion(page);
    expect(next.prompt).not.toBe(result.prompt);
    const done = await doneCount(page);
    const [waiting] = await outboxItems(page);
    expect(waiting).toBeDefined();

    // U while it is still on the device: taken back locally, the card is back
    await page.keyboard.press('u');
    await expect(page.locator('#card-prompt')).toHaveText(result.prompt);
    await expect(card(page)).toHaveAttribute('data-side', 'question');
    expect(await doneCount(page)).toBe(done - 1);
    await expect(page.getByTestId('session-notice')).toContainText('Rating undone');
    expect(await outboxItems(page)).toEqual([]);
    withdrawn.add(waiting!.reviewId);
    rated -= 1;
    await screenshotBothWidths(page, 'review-after-undo');
    await page.unroute(REVIEW_POSTS);

    // answer it again, wait until the API has it, then Ctrl+Z undoes it on the server
    await answer(page, 'keyboard');
    await page.keyboard.press('4');
    rated += 1;
    await waitForQuestion(page);
    await expectOutboxEmpty(page);
    const { data: beforeUndo } = await api.GET('/api/progress/summary');
    await page.keyboard.press('Control+z');
    await expect(page.locator('#card-prompt')).toHaveText(result.prompt);
    await expect
      .poll(async () => (await api.GET('/api/progress/summary')).data?.today.reviewed)
      .toBe(beforeUndo!.today.reviewed - 1);
    rated -= 1;
    undoneOnServer += 1;
    await answer(page, 'click');
    await page.keyboard.press('3');
    rated += 1;
  });

  await test.step('offline mid-session: ratings wait on the device, the next card shows at once, all arrive when back', async () => {
    await page.goto('/review?deck=peripheral-nerves');
    const first = await answer(page, 'click');
    expect(first.type).toBe('peripheral');
    await context.setOffline(true);
    await page.keyboard.press('3');
    rated += 1;
    // no waiting: the next card is already here
    const second = await waitForQuestion(page);
    expect(second.prompt).not.toBe(first.prompt);
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toContainText('You are offline');
    await expect(banner).toContainText('1 rating waiting');
    expect(await outboxItems(page)).toHaveLength(1);
    // the answer comes from the server: the card says it will show when the connection is back
    await page.locator('button.option').first().click();
    await expect(page.getByTestId('reveal-offline')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'review-offline');

    await context.setOffline(false);
    await expect(card(page)).toHaveAttribute('data-side', 'answer');
    await expectOutboxEmpty(page);
    await expect(banner).toHaveCount(0);
    await page.keyboard.press('Enter');
    rated += 1;
    // the card rated offline does not come back as new
    const third = await waitForQuestion(page);
    expect(third.prompt).not.toBe(first.prompt);
  });

  await test.step('the other card types: disc level, myotome or reflex, examination (flip and choice)', async () => {
    const wanted: Record<string, string[]> = {
      'disc-levels': ['disc-level'],
      'myotomes-reflexes': ['myotome-reflex'],
      examination: ['examination-flip', 'examination-choice'],
    };
    for (const [deck, types] of Object.entries(wanted)) {
      await page.goto(`/review?deck=${deck}`);
      const seen = new Set<string>();
      for (let i = 0; i < 40 && seen.size < types.length; i++) {
        const { type } = await waitForQuestion(page);
        const flip = (await page.locator('button.option').count()) === 0;
        const key = type === 'examination' ? `examination-${flip ? 'flip' : 'choice'}` : type;
        const first = types.includes(key) && !seen.has(key);
        if (first) await screenshotBothWidths(page, `review-${key}-question`);
        const result = await answer(page, 'click');
        await expectPreselected(page, result.verdict);
        if (first) {
          await expectNoSeriousA11yViolations(page);
          await screenshotBothWidths(page, `review-${key}-answer`);
        }
        seen.add(key);
        await page.getByRole('button', { name: /Good/ }).click();
        rated += 1;
      }
      expect([...seen]).toEqual(expect.arrayContaining(types));
    }
  });

  await test.step('a whole deck to the end: red flags, then the summary', async () => {
    await page.goto('/review?deck=red-flags');
    const { type } = await waitForQuestion(page);
    expect(type).toBe('red-flag');
    await screenshotBothWidths(page, 'review-red-flag-question');
    let cards = 0;
    for (; cards < 60; cards++) {
      if (await page.getByTestId('session-summary').isVisible()) break;
      await answer(page, 'click');
      if (cards === 0) await screenshotBothWidths(page, 'review-red-flag-answer');
      // Easy graduates a new card at once, so the deck empties today
      await page.keyboard.press('4');
      rated += 1;
      await expect(card(page).or(page.getByTestId('session-summary'))).toBeVisible();
    }
    const summary = page.getByTestId('session-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'Session complete' })).toBeVisible();
    await expect(page.getByTestId('summary-cards')).toHaveText(String(cards));
    await expect(page.getByTestId('summary-recall')).toHaveText('100%');
    await expect(page.getByTestId('mastery-change')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'review-summary');
  });

  await test.step('every rating reached the API exactly once', async () => {
    await expectOutboxEmpty(page);
    expect(reviews.refused).toEqual([]);
    const ids = new Set(reviews.sent.map((r) => r.reviewId));
    // the review log of today, counted per reviewId: every rating the page sent is there once, the
    // one undone on the server is marked undone, the one taken back from the outbox never arrived
    const countPerId = async () => {
      const { data: log } = await api.GET('/api/study/reviews');
      const counts = new Map<string, number>();
      for (const entry of log!) counts.set(entry.reviewId, (counts.get(entry.reviewId) ?? 0) + 1);
      return { log: log!, counts };
    };
    const { log, counts } = await countPerId();
    for (const id of ids) expect(counts.get(id) ?? 0, `review ${id}`).toBe(withdrawn.has(id) ? 0 : 1);
    expect(log).toHaveLength(ids.size - withdrawn.size);
    expect(log.filter((e) => e.undone)).toHaveLength(undoneOnServer);
    expect(log.filter((e) => !e.undone)).toHaveLength(rated);
    const { data: summary } = await api.GET('/api/progress/summary');
    expect(summary!.today.reviewed).toBe(rated);

    // sending each again changes nothing: the API already has it and answers with the first result
    const replayStart = Date.now();
    const arrived = reviews.sent.filter(
      (r, i, all) => !withdrawn.has(r.reviewId) && all.findIndex((o) => o.reviewId === r.reviewId) === i,
    );
    for (const item of arrived) {
      const { data, response } = await api.POST('/api/study/reviews', { body: item as never });
      expect(response.status).toBe(201);
      expect(new Date(data!.reviewedAt).getTime()).toBeLessThan(replayStart);
      const firstAnswer = reviews.acknowledged.get(item.reviewId);
      if (firstAnswer) expect(data!.reviewedAt).toBe(firstAnswer);
    }
    const again = await countPerId();
    expect(again.log).toHaveLength(log.length);
    for (const [id, count] of again.counts) expect(count, `review ${id} after the replay`).toBe(1);
  });

  await test.step('the home page counts, streak, calendar and mastery moved', async () => {
    await page.goto('/');
    const newAfter = Number(await page.getByRole('region', { name: 'Today' }).getByTestId('count-new').textContent());
    expect(newAfter).toBeLessThan(newBefore);
    await expect(page.getByTestId('streak')).toHaveText('1 day');
    await expect(page.getByTestId('heatmap-totals')).toContainText(`${rated} reviews on 1 day`);
    const masteryAfter = await page
      .getByTestId('mastery-bars')
      .locator('li')
      .evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-mastery'))));
    expect(masteryAfter.some((m, i) => m > masteryBefore[i]!)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'home-after-session');
  });
});

test('ratings waiting on the device survive a reload: sent first, never shown again, counted once', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, 'Reload Tester');
  const api = await apiClientFor(page);
  // the API does not answer for a while
  await page.route(REVIEW_POSTS, (route) => route.abort('connectionfailed'));
  await page.goto('/review?deck=disc-levels');
  const prompts: string[] = [];
  for (let i = 0; i < 2; i++) {
    const result = await answer(page, 'click');
    prompts.push(result.prompt);
    await page.keyboard.press('4');
  }
  await waitForQuestion(page);
  await expect(page.getByTestId('offline-banner')).toContainText('2 ratings waiting to be sent');
  await screenshotBothWidths(page, 'review-ratings-waiting');
  const waiting = await outboxItems(page);
  expect(waiting).toHaveLength(2);

  await page.reload();
  const { prompt } = await waitForQuestion(page);
  expect(prompts).not.toContain(prompt);
  expect(await outboxItems(page)).toHaveLength(2);

  await page.unroute(REVIEW_POSTS);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expectOutboxEmpty(page);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  const { data: summary } = await api.GET('/api/progress/summary');
  expect(summary!.today.reviewed).toBe(2);
});

test('only learning cards due later: the reviewer says when the next one is due', async ({ page }) => {
  await signUp(page, 'Later Learner');
  const api = await apiClientFor(page);
  // a learning step longer than the reviewer's 20-minute learn-ahead, with the day's end far away
  const dayStartHour = (new Date().getUTCHours() + 12) % 24;
  const settings = { newPerDay: 1, learningSteps: ['45m'], timeZone: 'UTC', dayStartHour };
  expect((await api.PUT('/api/study/settings', { body: settings })).response.ok).toBe(true);
  await page.goto('/review');
  await answer(page, 'click');
  await page.locator('button.rating[data-rating="1"]').click();
  const next = page.getByTestId('next-learning');
  await expect(next).toBeVisible();
  await expect(next).toContainText('in 45 minutes');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'review-waiting-for-learning-card');
});

test('bury and suspend take a card out of today, by key or button; both can be undone from the notice', async ({ page }) => {
  await signUp(page, 'Sal Setaside');
  const api = await apiClientFor(page);
  const counts = async () => (await api.GET('/api/progress/summary')).data!.cardCounts;
  await page.goto('/review?deck=disc-levels');
  const first = await waitForQuestion(page);

  // "@" suspends (Anki's key): the next card is on screen at once, and the notice offers the undo
  await page.keyboard.press('@');
  await expect(page.getByTestId('session-notice')).toContainText('Card suspended');
  await expect(page.locator('#card-prompt')).not.toHaveText(first.prompt);
  await expect.poll(async () => (await counts()).suspended).toBe(1);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'review-card-suspended');
  await page.getByRole('button', { name: 'Undo: unsuspend it' }).click();
  await expect(page.locator('#card-prompt')).toHaveText(first.prompt);
  await expect(page.getByTestId('session-notice')).toContainText('Card unsuspended');
  await expect.poll(async () => (await counts()).suspended).toBe(0);

  // "-" buries it until the next study day; the notice offers to take that back too (unbury)
  await page.keyboard.press('-');
  await expect(page.getByTestId('session-notice')).toContainText('Card buried');
  await expect(page.locator('#card-prompt')).not.toHaveText(first.prompt);
  await expect.poll(async () => (await counts()).buried).toBe(1);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'review-card-buried');
  await page.getByRole('button', { name: 'Undo: unbury it' }).click();
  await expect(page.locator('#card-prompt')).toHaveText(first.prompt);
  await expect(page.getByTestId('session-notice')).toContainText('Card unburied');
  await expect.poll(async () => (await counts()).buried).toBe(0);
  const { data: back } = await api.GET('/api/study/queue', { params: { query: { deckId: 'disc-levels', limit: 50 } } });
  expect(back!.cards.map((c) => c.face.prompt)).toContain(first.prompt);

  // buried again by key; the button does the same for the next card
  await page.keyboard.press('-');
  await expect(page.getByTestId('session-notice')).toContainText('Card buried');
  await expect(page.locator('#card-prompt')).not.toHaveText(first.prompt);
  const second = await waitForQuestion(page);
  await page.getByRole('button', { name: /^Bury/ }).click();
  await expect(page.locator('#card-prompt')).not.toHaveText(second.prompt);
  await expect.poll(async () => (await counts()).buried).toBe(2);
  // also from the answer side, with the button
  await answer(page, 'click');
  await page.getByRole('button', { name: /^Suspend/ }).click();
  await expect.poll(async () => (await counts()).suspended).toBe(1);

  // neither comes back today, and nothing was rated
  const { data: queue } = await api.GET('/api/study/queue', { params: { query: { deckId: 'disc-levels', limit: 50 } } });
  const prompts = queue!.cards.map((c) => c.face.prompt);
  expect(prompts).not.toContain(first.prompt);
  expect(prompts).not.toContain(second.prompt);
  expect((await api.GET('/api/study/reviews')).data).toEqual([]);
});

/** Nothing on a question's map names a nerve: no id, short label or name in the map's markup. */
async function expectMapNamesNoNerve(page: Page): Promise<void> {
  const html = (await card(page).getByTestId('map-figure').innerHTML()).toLowerCase();
  for (const nerve of NERVE_IDS) {
    expect(html, `the question's map names ${nerve}`).not.toContain(nerve);
    expect(html).not.toContain(`>${nerveStyle(nerve).label.toLowerCase()}<`);
  }
  expect(html).not.toMatch(/data-(nerve|root)=/);
}

/** Reads which of the given cards is on screen, by its prompt, its map's view and its options (pattern cards share a prompt). */
async function cardOnScreen(page: Page, among: Card[]): Promise<Card> {
  const { prompt } = await waitForQuestion(page);
  const view = await card(page).getByTestId('map-figure').getAttribute('data-view');
  const options = (await card(page).locator('button.option').allTextContents()).join(' ');
  const found = among.find((c) => {
    const face = toCardFace(c);
    if (c.prompt.trim() !== prompt || (face.map?.view ?? face.clickView) !== view) return false;
    return !face.options || face.options.every((o) => options.includes(o.text));
  });
  if (!found) throw new Error(`unexpected card on screen: ${prompt}`);
  return found;
}

/** Walks the given cards on the review page: both sides of each at both widths, answered the way the card asks. */
async function walkFigureCards(page: Page, keys: string[]): Promise<void> {
  const api = await apiClientFor(page);
  const { deck, cards } = await onlyTheseCards(api, keys);
  await page.goto(`/review?deck=${deck}`);
  for (let i = 0; i < cards.length; i += 1) {
    const shown = await cardOnScreen(page, cards);
    const face = card(page);
    const figure = face.getByTestId('map-figure');
    const name = `figure-${shown.key.replace(/[:]/g, '-')}`;
    await expect(figure).toBeVisible();
    await expectMapNamesNoNerve(page);
    // the question's legend, if any, names nothing
    const legend = face.getByTestId('map-legend');
    if (await legend.count()) await expect(legend.locator('[data-legend^="root-"], [data-legend^="nerve-"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, `${name}-question`);

    if (shown.answer.kind === 'click') {
      const spot = rightSpot(shown);
      await clickMapAt(page, face.getByTestId('answer-map'), spot.view, spot);
    } else if (shown.answer.kind === 'choice') {
      const right = shown.answer.correctOptionId;
      const text = shown.answer.options.find((o) => o.id === right)!.text;
      await face.locator('button.option').filter({ hasText: text }).first().click();
    } else {
      await page.keyboard.press('Space');
    }
    await expect(face).toHaveAttribute('data-side', 'answer');
    if (shown.answer.kind !== 'flip') await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'right');
    const answerFigure = face.getByTestId('map-figure');
    const layer = await answerFigure.getAttribute('data-layer');
    // the answer side: the layer, legend and caption the API sent
    await expect(face.getByTestId('map-caption')).not.toBeEmpty();
    const answerLegend = face.getByTestId('map-legend');
    await expect(answerLegend).toHaveAttribute('data-layer', layer ?? '');
    if (layer !== 'dermatomes') await expect(answerLegend.locator('[data-legend^="nerve-"]').first()).toBeVisible();
    if (layer !== 'nerves') await expect(answerLegend.locator('[data-legend^="root-"]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, `${name}-answer`);
    // the figure alone at phone width, large enough to read in the saved image
    await page.setViewportSize(PHONE);
    await answerFigure.screenshot({ path: `e2e/screenshots/${name}-answer-figure-phone.png` });
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: /Good/ }).focus();
    await page.keyboard.press(shown.answer.kind === 'flip' ? 'Space' : 'Enter');
  }
}

test('the redrawn figure: every view and layer on both sides, at both widths, naming nothing before the answer', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUp(page, 'Ada Figure');
  await test.step('maps: dermatomes and nerve territories on the three views', async () => {
    await walkFigureCards(page, [
      'zone:posterior:S2',
      'zone:plantar:S1',
      'locate-zone:anterior:L4',
      'territory-click:saphenous:right',
      'territory-click:sural:left',
      'territory-click:medial-plantar:left',
    ]);
  });
  await test.step('peripheral nerves: a territory to name, and root-versus-nerve patterns with their caption', async () => {
    await walkFigureCards(page, [
      'territory-which:sural',
      'pattern:anterior:L5-vs-deep-fibular:nerve:left',
      'pattern:posterior:S1-vs-sural:nerve:right',
      'pattern:plantar:S1-vs-tibial-tarsal-tunnel:nerve:left',
    ]);
  });
});

test('"click the territory of the sural nerve" by keyboard, and zoomed in on a phone by tap', async ({ page }) => {
  await signUp(page, 'Kim Keys');
  const api = await apiClientFor(page);
  const { deck, cards } = await onlyTheseCards(api, ['territory-click:sural:left']);
  const sural = cards[0]!;
  await page.goto(`/review?deck=${deck}`);
  await cardOnScreen(page, cards);
  const map = page.getByTestId('answer-map');
  await map.focus();
  await expect(page.getByTestId('crosshair')).toBeVisible();
  // from the centre of the view to the right spot, by arrow keys (Shift = 50 units, plain = 10)
  const [, , width, height] = drawViews.posterior.viewBox.split(' ').map(Number) as [number, number, number, number];
  const spot = rightSpot(sural);
  let at = { x: width / 2, y: height / 2 };
  const steps = (delta: number) => ({ big: Math.trunc(Math.abs(delta) / 50), small: Math.round((Math.abs(delta) % 50) / 10) });
  const horizontal = steps(spot.x - at.x);
  const vertical = steps(spot.y - at.y);
  const left = spot.x < at.x ? 'ArrowLeft' : 'ArrowRight';
  const up = spot.y < at.y ? 'ArrowUp' : 'ArrowDown';
  for (let i = 0; i < horizontal.big; i += 1) await page.keyboard.press(`Shift+${left}`);
  for (let i = 0; i < horizontal.small; i += 1) await page.keyboard.press(left);
  for (let i = 0; i < vertical.big; i += 1) await page.keyboard.press(`Shift+${up}`);
  for (let i = 0; i < vertical.small; i += 1) await page.keyboard.press(up);
  const sign = (a: number, b: number) => (b < a ? -1 : 1);
  at = {
    x: at.x + sign(at.x, spot.x) * (horizontal.big * 50 + horizontal.small * 10),
    y: at.y + sign(at.y, spot.y) * (vertical.big * 50 + vertical.small * 10),
  };
  // the crosshair stands in the sural territory of the left leg (checked with the package's own hit-test)
  expect(nerveAt('posterior', at.x, at.y)).toMatchObject({ nerve: 'sural', side: 'left' });
  await page.keyboard.press('+');
  await expect(page.getByTestId('zoom-level')).toHaveText('150%');
  await screenshotBothWidths(page, 'figure-sural-keyboard-crosshair-zoomed');
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveAttribute('data-side', 'answer');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(page.getByTestId('map-caption')).toContainText('sural');
  await screenshotBothWidths(page, 'figure-sural-keyboard-answer');
});

test('on a phone the map takes the full width and zooms for a tap', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signUp(page, 'Pat Phone');
  const api = await apiClientFor(page);
  const { deck, cards } = await onlyTheseCards(api, ['territory-click:sural:left']);
  await page.goto(`/review?deck=${deck}`);
  await cardOnScreen(page, cards);
  const map = page.getByTestId('answer-map');
  const svgBox = await map.locator('svg.dm-map').boundingBox();
  expect(svgBox!.width).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByTestId('zoom-level')).toHaveText('200%');
  const zoomed = await map.locator('svg.dm-map').boundingBox();
  expect(zoomed!.width).toBeGreaterThan(svgBox!.width * 1.9);
  // tap the right spot inside the zoomed, scrollable frame
  const spot = rightSpot(cards[0]!);
  const svg = map.locator('svg.dm-map');
  await svg.evaluate((element, p) => {
    const m = (element as SVGSVGElement).getScreenCTM()!;
    const s = new DOMPoint(p.x, p.y).matrixTransform(m);
    const frame = element.closest('.scroller') as HTMLElement;
    const r = frame.getBoundingClientRect();
    frame.scrollLeft += s.x - (r.left + r.width / 2);
    frame.scrollTop += s.y - (r.top + r.height / 2);
    element.closest('.scroller')!.scrollIntoView({ block: 'center' });
  }, spot);
  const target = await svg.evaluate((element, p) => {
    const s = new DOMPoint(p.x, p.y).matrixTransform((element as SVGSVGElement).getScreenCTM()!);
    return { x: s.x, y: s.y };
  }, spot);
  await page.mouse.click(target.x, target.y);
  await expect(card(page)).toHaveAttribute('data-side', 'answer');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'right');
  await page.screenshot({ path: 'e2e/screenshots/figure-sural-tap-zoomed-phone.png', fullPage: true });
});
