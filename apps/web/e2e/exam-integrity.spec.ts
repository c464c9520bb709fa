import { expect, test } from '@playwright/test';
import { contextFor, createAccount } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

test('while a student sits an exam, a practice exam that shares its questions keeps its report back, and says why', async ({
  browser,
}) => {
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Integrity block' } });
  const student = await createAccount({ displayName: 'Amara Osei', joinCode: cohort!.joinCode });
  // A practice exam on every disc-level question, started before the exam.
  const { data: practice } = await student.api.POST('/api/exams/practice', {
    body: { deckId: 'disc-levels', questionCount: 100, cardTypes: ['disc-levels'] },
  });
  const { data: deck } = await instructor.api.GET('/api/decks/{deckId}/cards', { params: { path: { deckId: 'disc-levels' } } });
  const now = Date.now();
  const { data: exam } = await instructor.api.POST('/api/cohorts/{cohortId}/exams', {
    params: { path: { cohortId: cohort!.id } },
    body: {
      title: 'Disc levels, closed book',
      deckId: 'disc-levels',
      cardIds: practice!.questions.slice(0, 5).map((q) => q.face.id),
      timeLimitMinutes: 30,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
      attemptsAllowed: 1,
      resultsVisibility: 'at-submission',
    },
  });
  expect(deck!.cards.length).toBeGreaterThan(5);
  const { data: attempt } = await student.api.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam!.id } } });

  const context = await contextFor(browser, student);
  const page = await context.newPage();
  await page.goto(`/exams/attempts/${practice!.id}`);
  await page.getByTestId('submit-exam').click();
  await page.getByTestId('submit-dialog').getByRole('button', { name: 'Submit now' }).click();
  await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+\/report$/);
  await expect(page.getByTestId('held-back')).toHaveText(
    'This report shares questions with an exam you are taking; its answers are shown once you submit that exam.',
  );
  await expect(page.getByTestId('report-question')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'exam-report-held-back');

  // Once the exam is submitted, the practice report is there, answers and all.
  await student.api.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt!.id } } });
  await page.reload();
  await expect(page.getByTestId('report-score')).toHaveText(new RegExp(` / ${practice!.questions.length}$`));
  await context.close();
});
