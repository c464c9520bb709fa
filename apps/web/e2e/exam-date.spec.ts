import { expect, test } from '@playwright/test';
import { contextFor, createAccount, expectOutboxEmpty, signUp } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

/** A date n days from today (UTC), as YYYY-MM-DD. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a learner sets an exam date in settings (a past date is refused next to the field) and the home page forecasts it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, 'Ezra Mendes');
  await page.goto('/settings');
  await page.getByLabel('Schedule for').selectOption('manual');
  await page.getByLabel('My exam date').fill(inDays(-3));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#examDate-error')).toContainText(/in the past/);
  await expect(page.getByLabel('My exam date')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('My exam date').fill(inDays(30));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#examDate-error')).toHaveCount(0);
  await page.goto('/settings');
  await expect(page.getByLabel('My exam date')).toHaveValue(inDays(30));
  await expect(page.getByLabel('Schedule for')).toHaveValue('manual');
  await screenshotBothWidths(page, 'settings-exam-date');

  await page.goto('/');
  const card = page.getByTestId('exam-forecast');
  await expect(card.getByRole('heading', { name: /Exam in (29|30|31) days/ })).toBeVisible();
  await expect(card.getByTestId('exam-recall')).toHaveText('0.0%');
  await expect(card.getByTestId('exam-today')).toHaveText(/\d+ cards?/);
  await expect(card.getByRole('table').getByRole('columnheader', { name: 'L5' })).toBeVisible();

  // Learn a few cards: the predicted exam-day recall rises above 0.
  await page.goto('/review');
  for (let i = 0; i < 3; i++) {
    await expect(page.getByTestId('review-card')).toHaveAttribute('data-side', 'question');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-card')).toHaveAttribute('data-side', 'answer');
    await page.keyboard.press('4');
  }
  await expectOutboxEmpty(page);
  await page.goto('/');
  await expect(page.getByTestId('exam-recall')).not.toHaveText('0.0%');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'home-exam-forecast');
});

test('the cohort dashboard shows each student’s predicted recall on the assignment target date', async ({ browser }) => {
  test.setTimeout(180_000);
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const cohort = (await instructor.api.POST('/api/cohorts', { body: { name: 'Neuro block exam' } })).data!;
  const assigned = await instructor.api.POST('/api/cohorts/{cohortId}/assignments', {
    params: { path: { cohortId: cohort.id } },
    body: { deckId: 'red-flags', startDate: inDays(0), newPerDay: 5, targetDate: inDays(20) },
  });
  expect(assigned.response.status).toBe(201);
  const student = await createAccount({ displayName: 'Tomas Reyes', joinCode: cohort.joinCode });
  const { data: queue } = await student.api.GET('/api/study/queue', { params: { query: { limit: 5 } } });
  for (const c of queue!.cards) {
    await student.api.POST('/api/study/reviews', {
      body: { cardId: c.cardId, rating: 4, reviewId: crypto.randomUUID(), durationMs: 3000, version: c.version },
    });
  }
  // The student inherits the date from the assignment.
  const forecast = (await student.api.GET('/api/progress/exam')).data!;
  expect(forecast.exam).toMatchObject({ date: inDays(20), source: 'assignment' });

  const context = await contextFor(browser, instructor);
  const page = await context.newPage();
  await page.goto(`/cohorts/${cohort.id}`);
  const section = page.getByTestId('exam-recall');
  await expect(section.getByRole('heading', { name: /Predicted recall on exam day/ })).toBeVisible();
  const row = section.getByRole('row', { name: /Tomas Reyes/ });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('exam-recall-overall')).not.toHaveText('0%');
  await expectNoSeriousA11yViolations(page);
  await section.scrollIntoViewIfNeeded();
  await screenshotBothWidths(page, 'cohort-exam-recall');
  await context.close();
});
