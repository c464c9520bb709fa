import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { apiClientFor, signUp } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

test.setTimeout(180_000);

test('settings, scheduler parameters: defaults, and "Optimise now" says how many more reviews are needed', async ({ page }) => {
  await signUp(page, 'Para Meter');
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Scheduler parameters' });
  await expect(section).toBeVisible();
  await expect(section.getByTestId('parameters-state')).toContainText('default FSRS-6 weights');
  await expect(section).toContainText('You have 0 reviews; optimising needs 400');
  // Keyboard alone: focus the button and press Enter.
  await section.getByRole('button', { name: 'Optimise now' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByTestId('optimise-message')).toContainText(
    'Optimising needs at least 400 reviews; you have 0, so 400 more are needed',
  );
  await expect(section.getByTestId('parameters-state')).toContainText('default FSRS-6 weights');
  await expectNoSeriousA11yViolations(page);
  await section.scrollIntoViewIfNeeded();
  await screenshotBothWidths(page, 'settings-parameters');
});

test('settings, scheduler parameters: a fit runs in the background and the section reports it', async ({ page }) => {
  await signUp(page, 'Opti Mizer');
  const api = await apiClientFor(page);
  await api.PUT('/api/study/settings', { body: { newPerDay: 9999 } });
  // 400 reviews through the API, all on one day: 200 new cards, each failed once then recalled at once.
  const queue = (await api.GET('/api/study/queue', { params: { query: { limit: 200 } } })).data!;
  const fresh = queue.cards.filter((c) => c.kind === 'new');
  expect(fresh.length).toBe(200);
  for (const card of fresh) {
    for (const [rating, version] of [
      [1, card.version],
      [3, card.version + 1],
    ] as const) {
      const res = await api.POST('/api/study/reviews', {
        body: { cardId: card.cardId, rating, reviewId: randomUUID(), durationMs: 1500, version },
      });
      expect(res.response.status).toBe(201);
    }
  }
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Scheduler parameters' });
  await expect(section).toContainText('You have 400 reviews.');
  await section.getByRole('button', { name: 'Optimise now' }).click();
  // Every review fell on the first day: nothing the optimiser can fit on, so the defaults stay.
  await expect(section.getByTestId('optimise-message')).toContainText(
    'Parameters unchanged: too few reviews a day or more apart',
    {
      timeout: 90_000,
    },
  );
  await expect(section.getByTestId('last-fit')).toContainText('on 400 reviews: not kept');
  await expect(section.getByTestId('parameters-state')).toContainText('default FSRS-6 weights');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'settings-parameters-fit');
});
