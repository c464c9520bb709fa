import { expect, test } from '@playwright/test';
import { createApiClient } from '@dermatome/api-client';
import { apiClientFor, BASE_URL, PASSWORD, signUp, uniqueEmail } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

test('the stats page draws its four charts, each with a name and a data table', async ({ page }) => {
  await signUp(page, 'Stat Reader');
  // a few reviews, so that the charts have something to show
  await page.goto('/review?deck=disc-levels');
  for (let i = 0; i < 3; i++) {
    await expect(page.getByTestId('review-card')).toHaveAttribute('data-side', 'question');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-card')).toHaveAttribute('data-side', 'answer');
    await page.keyboard.press('3');
  }
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();
  for (const [id, name] of [
    ['chart-mastery', /Line chart of mastery per root/],
    ['chart-forecast', /Bar chart of cards due per day/],
    ['chart-recall', /Line chart of the share of reviews recalled/],
    ['chart-counts', /Bar chart of your cards by state/],
  ] as const) {
    const figure = page.getByTestId(id);
    await expect(figure.getByRole('img', { name })).toBeVisible();
    // Chart.js drew on the canvas
    await expect
      .poll(() => figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.toDataURL().length > 3000))
      .toBe(true);
    await figure.getByText('Show the data as a table').click();
    await expect(figure.getByRole('table')).toBeVisible();
  }
  await expect(page.getByTestId('chart-counts').getByRole('row', { name: /Learning/ })).toBeVisible();
  await page.getByRole('link', { name: '30 days' }).click();
  await expect(page).toHaveURL(/range=30/);
  await expect(page.getByTestId('chart-mastery').getByRole('table').locator('tbody tr')).toHaveCount(30);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'stats');
});

test('settings: retention with its trade-off, limits, steps, time zone and day start; errors next to the field', async ({
  page,
}) => {
  await signUp(page, 'Set Tinga');
  await page.goto('/settings');
  await expect(page.getByText('Higher retention means more reviews each day')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'settings');

  const retention = page.getByLabel(/Desired retention/);
  await retention.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('retention-value')).toHaveText('85%');
  await page.getByLabel('New cards per day').fill('35');
  await page.getByLabel('Learning steps', { exact: true }).fill('1m ten');
  await page.getByRole('button', { name: 'Save settings' }).click();

  const steps = page.getByLabel('Learning steps', { exact: true });
  await expect(steps).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#learningSteps-error')).toContainText('duration such as 1m');
  // what was typed stays
  await expect(page.getByLabel('New cards per day')).toHaveValue('35');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'settings-error');

  await steps.fill('1m 15m');
  await page.getByLabel('A new day starts at').selectOption('5');
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
  // after an exam, missed cards first: on by default, and it can be turned off
  await expect(page.getByLabel('Missed exam questions first')).toBeChecked();
  await page.getByLabel('Missed exam questions first').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('settings-saved')).toHaveText(/Settings saved/);
  await screenshotBothWidths(page, 'settings-saved');

  const api = await apiClientFor(page);
  const { data } = await api.GET('/api/study/settings');
  expect(data).toMatchObject({
    desiredRetention: 0.85,
    newPerDay: 35,
    learningSteps: ['1m', '15m'],
    dayStartHour: 5,
    timeZone: 'Europe/Lisbon',
    examMissesFirst: false,
  });
});

test('an account still on UTC is offered the browser time zone', async ({ browser }) => {
  // an account made without a time zone (through the API: the page would send one)
  const email = uniqueEmail('utc');
  const api = createApiClient({ baseUrl: BASE_URL });
  const { response } = await api.POST('/api/auth/register', { body: { email, password: PASSWORD, displayName: 'Una Tc' } });
  expect(response.ok).toBe(true);

  const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.goto('/login?next=/settings');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');
  await expect(page.getByTestId('zone-from-browser')).toBeVisible();
  await context.close();
});
