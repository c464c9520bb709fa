import { expect, test, type Page } from '@playwright/test';
import { contextFor, createAccount } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

/** A datetime-local value `offsetMs` from now, in the browser's zone. */
function localInput(page: Page, offsetMs: number): Promise<string> {
  return page.evaluate((ms) => {
    const d = new Date(Date.now() + ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
  }, offsetMs);
}

/** Collects the content-security-policy violations a page reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test('pages carry a content security policy the app works under, with nosniff, a referrer policy and frame-ancestors', async ({
  browser,
}) => {
  const student = await createAccount({ displayName: 'Pia Lund' });
  const context = await contextFor(browser, student);
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'|script-src 'self' 'sha256-/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // the app runs: client-side navigation and a review work under the policy
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.goto('/review');
  await expect(page.getByTestId('review-card')).toBeVisible();
  await page.goto('/stats');
  await expect(page.locator('main')).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('"Set an exam" keeps every field when the opening or closing time changes, and shows the API’s problems next to their fields', async ({
  browser,
}) => {
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Window cohort' } });
  await createAccount({ displayName: 'Amara Osei', joinCode: cohort!.joinCode });
  const context = await contextFor(browser, instructor);
  const page = await context.newPage();
  await page.goto(`/cohorts/${cohort!.id}/exams/new`);
  await page.getByLabel('Title').fill('Week 7 quiz');
  await page.getByLabel('Number of questions').fill('3');
  await page.getByLabel('Time limit (minutes)').fill('45');
  await page.getByLabel('Attempts allowed').fill('3');
  await page.getByLabel(/After the exam closes/).check();
  await page.getByLabel('Amara Osei').fill('50');
  // the defect: each of these blanked the title and put back the defaults
  await page.getByLabel('Opens', { exact: true }).fill(await localInput(page, 60 * 60_000));
  await page.getByLabel('Closes', { exact: true }).fill(await localInput(page, 48 * 3600_000));
  await page.getByLabel('Opens', { exact: true }).fill(await localInput(page, 30 * 60_000));
  await expect(page.getByLabel('Title')).toHaveValue('Week 7 quiz');
  await expect(page.getByLabel('Time limit (minutes)')).toHaveValue('45');
  await expect(page.getByLabel('Attempts allowed')).toHaveValue('3');
  await expect(page.getByLabel(/After the exam closes/)).toBeChecked();
  await expect(page.getByLabel('Amara Osei')).toHaveValue('50');

  // 3 questions is below the API's minimum: its message stands next to the field, limits from the API's document
  await expect(page.getByLabel('Number of questions')).toHaveAttribute('min', '5');
  await page.getByRole('button', { name: 'Set the exam' }).click();
  const count = page.getByLabel('Number of questions');
  await expect(page.locator('#exam-questionCount-error')).toHaveText('Must be a whole number from 5 to 100.');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Title')).toHaveValue('Week 7 quiz');
  await expect(page.getByLabel('Time limit (minutes)')).toHaveValue('45');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'cohort-exam-form-error');
  await count.fill('5');
  await page.getByRole('button', { name: 'Set the exam' }).click();
  await expect(page.getByTestId('exam-created')).toContainText('Week 7 quiz is set');
  const { data: exams } = await instructor.api.GET('/api/cohorts/{cohortId}/exams', {
    params: { path: { cohortId: cohort!.id } },
  });
  expect(exams![0]).toMatchObject({ timeLimitMinutes: 45, attemptsAllowed: 3, resultsVisibility: 'after-close' });
  await context.close();
});

test('a deck is assigned once, the assignment can be edited, and the form starts afresh after assigning', async ({ browser }) => {
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Pace cohort' } });
  const context = await contextFor(browser, instructor);
  const page = await context.newPage();
  await page.goto(`/cohorts/${cohort!.id}/assignments`);
  const form = page.locator('form.assign');
  await form.getByLabel('Deck', { exact: true }).selectOption('disc-levels');
  await form.getByLabel('New cards a day').fill('1');
  await form.getByLabel(/Target date/).fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await expect(page.getByTestId('days-at-pace')).toContainText('after the target date');
  await form.getByRole('button', { name: 'Assign the deck' }).click();
  await expect(page.getByTestId('assignments-done')).toContainText('Disc levels is assigned');
  // a fresh form: not the pace and date just used, and no warning about them
  await expect(form.getByLabel('New cards a day')).toHaveValue('10');
  await expect(form.getByLabel(/Target date/)).toHaveValue('');
  await expect(page.getByTestId('days-at-pace')).not.toContainText('after the target date');

  // the same deck again: refused, saying to edit the assignment
  await form.getByLabel('Deck', { exact: true }).selectOption('disc-levels');
  await form.getByRole('button', { name: 'Assign the deck' }).click();
  await expect(page.getByRole('alert')).toContainText('already assigned to this cohort');
  await expect(page.getByTestId('assignment-row')).toHaveCount(1);

  // edit it, from the keyboard
  const row = page.getByTestId('assignment-row');
  await row.locator('summary').focus();
  await page.keyboard.press('Enter');
  await row.getByLabel('New cards a day').fill('4');
  await row.getByLabel(/Target date/).fill('');
  await row.getByLabel('New cards a day').press('Enter');
  await expect(page.getByTestId('assignments-done')).toContainText('now runs at 4 new cards a day');
  await expect(row).toContainText('4 new cards a day');
  await expect(row).toContainText(/Target\s*None/);
  // a target before the start: the API's message next to the field
  await row.locator('summary').click();
  await row.getByLabel(/Target date/).fill('2020-01-01');
  await row.getByRole('button', { name: /Save the changes/ }).click();
  await expect(row.locator('.field-error')).toHaveText('Must be on or after the start date.');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'cohort-assignment-edit');
  await context.close();
});

test('a student with extra time sees their own time limit in the exam list', async ({ browser }) => {
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Extra time cohort' } });
  const student = await createAccount({ displayName: 'Amara Osei', joinCode: cohort!.joinCode });
  await instructor.api.POST('/api/cohorts/{cohortId}/exams', {
    params: { path: { cohortId: cohort!.id } },
    body: {
      title: 'Ten-minute quiz',
      deckId: 'dermatomes-of-the-leg',
      questionCount: 5,
      timeLimitMinutes: 10,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      attemptsAllowed: 1,
      resultsVisibility: 'at-submission',
      accommodations: [{ userId: student.userId, extraTimePercent: 50 }],
    },
  });
  const context = await contextFor(browser, student);
  const page = await context.newPage();
  await page.goto('/exams');
  await expect(page.getByTestId('my-time')).toHaveText(/^\s*15 min \(with your \+50% extra time\)\s*$/);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'exams-extra-time');
  await page.getByRole('button', { name: /Start/ }).first().click();
  await expect(page.getByTestId('start-dialog')).toContainText('runs for 15 min (with your +50% extra time).');
  await context.close();
});

test('suspended cards can be listed and brought back, from the settings', async ({ browser }) => {
  const student = await createAccount({ displayName: 'Sam Okafor' });
  const { data: queue } = await student.api.GET('/api/study/queue', { params: { query: { limit: 3 } } });
  const [first, second] = queue!.cards;
  await student.api.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: first!.cardId } } });
  await student.api.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: second!.cardId } } });
  const context = await contextFor(browser, student);
  const page = await context.newPage();
  await page.goto('/settings');
  await page.getByTestId('suspended-link').click();
  await expect(page.getByRole('heading', { name: 'Suspended cards', level: 1 })).toBeVisible();
  const items = page.getByTestId('suspended-card');
  await expect(items).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'settings-suspended');
  // by keyboard: focus the first Unsuspend button and press Enter
  const item = items.filter({ has: page.locator(`[value="${first!.cardId}"]`) });
  await item.getByRole('button', { name: /Unsuspend/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unsuspended')).toContainText('is back in your reviews');
  await expect(items).toHaveCount(1);
  const { data: state } = await student.api.GET('/api/study/cards/{cardId}/state', {
    params: { path: { cardId: first!.cardId } },
  });
  expect(state!.suspended).toBe(false);
  await context.close();
});
