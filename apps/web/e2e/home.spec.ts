import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

test('the footer shows the API health through the same origin', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('health')).toHaveText(/API: ok · database: postgres/);
  const health = await page.request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'postgres' });
  await expectNoSeriousA11yViolations(page);
});
