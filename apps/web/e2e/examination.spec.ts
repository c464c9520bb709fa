import { expect, test, type Page } from '@playwright/test';
import { examinationCase, lossLevel, mapViews, skinSpot, VIEW_IDS, cardByKey, type ViewId } from '@dermatome/data';
import { apiClientFor, clickMapAt, onlyTheseCards, signUp } from './helpers';
import { DESKTOP, expectNoSeriousA11yViolations, PHONE, screenshotBothWidths } from './support';

/** The spot of strongest loss of a case's hidden lesion on the figure (the test knows the case; the page never does). */
function spotInside(key: string): { view: ViewId; x: number; y: number } {
  const patient = examinationCase(key)!;
  let best: { view: ViewId; x: number; y: number; level: number } | null = null;
  // a small territory may have no spot that far inside: then the strongest spot at all
  let loose: { view: ViewId; x: number; y: number; level: number } | null = null;
  for (const view of VIEW_IDS) {
    const [bx, by, bw, bh] = mapViews[view].viewBox.split(/\s+/).map(Number) as [number, number, number, number];
    for (let y = by + 6; y < by + bh; y += 12) {
      for (let x = bx + 6; x < bx + bw; x += 12) {
        const levelAt = (px: number, py: number) => {
          const spot = skinSpot(view, px, py);
          return spot ? lossLevel(patient.lesion, patient.side, spot) : -1;
        };
        const level = levelAt(x, y);
        // well inside: the same loss 20 units away in every direction, so a tap a pixel off still lands there
        const inside = [
          [20, 0],
          [-20, 0],
          [0, 20],
          [0, -20],
        ].every(([dx, dy]) => levelAt(x + dx!, y + dy!) === level);
        if (level > 0 && inside && (!best || level > best.level)) best = { view, x, y, level };
        if (level > 0 && (!loose || level > loose.level)) loose = { view, x, y, level };
      }
    }
  }
  return (best ?? loose)!;
}

const VIEW_LABEL: Record<ViewId, string> = { anterior: 'Front', posterior: 'Back', plantar: 'Soles' };

async function examine(page: Page, key: string, width: 'desktop' | 'phone') {
  const api = await apiClientFor(page);
  await onlyTheseCards(api, [key]);
  await page.goto('/review?deck=examination-cases');
  const card = page.getByTestId('review-card');
  await expect(card).toHaveAttribute('data-card-type', 'examination-case');
  const exam = page.getByTestId('examination');
  await expect(page.getByTestId('examination-history')).not.toBeEmpty();

  // by tap: pinprick on the spot of the hidden lesion
  const spot = spotInside(key);
  await exam.getByText(VIEW_LABEL[spot.view], { exact: true }).click();
  await exam.getByLabel('Pinprick (sharp or dull)').check();
  const map = exam.getByTestId('answer-map');
  const probeResponse = page.waitForResponse((r) => r.url().includes('/probes') && r.request().method() === 'POST');
  await clickMapAt(page, map, spot.view, spot);
  expect((await probeResponse).status()).toBe(201);
  await expect(exam.getByTestId('probe-mark')).toHaveCount(1);
  const answer = await exam.getByTestId('probe-mark').first().getAttribute('data-answer');
  expect(['slightly-reduced', 'reduced', 'absent']).toContain(answer);
  await expect(page.getByTestId('last-probe')).toContainText('Probe 1');

  // by keyboard: the crosshair carries on from the tap; move it and press Enter
  await map.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(exam.getByTestId('probe-mark')).toHaveCount(2);
  await expect(page.getByTestId('last-probe')).toContainText('Probe 2');
  // light touch by keyboard too
  await exam.getByLabel('Light touch (cotton wisp)').focus();
  await page.keyboard.press('Space');
  await map.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(exam.getByTestId('probe-mark')).toHaveCount(3);
  await expect(page.getByTestId('last-probe')).toContainText('light touch');

  // power and reflexes: by mouse on one side, by keyboard on the other
  await exam.getByRole('button', { name: 'Test ankle dorsiflexion on the left' }).click();
  await expect(exam.getByTestId('test-result')).toHaveCount(1);
  const dorsiflexionRight = exam.getByRole('button', { name: 'Test ankle dorsiflexion on the right' });
  await dorsiflexionRight.focus();
  await page.keyboard.press('Enter');
  await expect(exam.getByTestId('test-result')).toHaveCount(2);
  await exam.getByRole('button', { name: 'Test ankle jerk on the left' }).click();
  await expect(exam.getByTestId('test-result')).toHaveCount(3);
  await expect(exam.getByTestId('test-result').first()).toContainText(/MRC [0-5]|normal|reduced|absent/);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, `examination-${width}-examining`);

  // the diagnosis: the lesion and side of the case (the learner has worked it out)
  const patient = examinationCase(key)!;
  await exam.getByTestId('lesion-select').selectOption(patient.lesion);
  await exam.getByLabel(patient.side, { exact: true }).check();
  await exam.getByRole('button', { name: 'Submit diagnosis' }).click();
  const result = page.getByTestId('examination-result');
  await expect(result).toHaveAttribute('data-grade', 'right');
  await expect(page.getByTestId('examination-truth')).toBeVisible();
  await expect(page.getByTestId('examination-efficiency')).toContainText('You used 6 probes and tests');
  await expect(exam.getByTestId('probe-mark')).toHaveCount(3);
  // the answer side opens with the suggested rating pre-selected
  const preselected = page.locator('.rating[data-preselected="true"]');
  await expect(preselected).toBeVisible();
  await expect(preselected).toContainText('Suggested');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, `examination-${width}-answer`);

  // the rating goes out through the outbox (single or batched): the API applies it
  const review = page.waitForResponse((r) => /\/api\/study\/reviews(\/batch)?$/.test(r.url()) && r.request().method() === 'POST');
  await page.keyboard.press('3');
  const answered = await review;
  expect(answered.ok()).toBe(true);
  const body = await answered.json();
  if (Array.isArray(body.results)) expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied']);
}

test.describe('virtual sensory examination', () => {
  test.setTimeout(180_000);

  test('examines a patient by tap and by keyboard at desktop width, submits, and rates', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signUp(page);
    expect(cardByKey('examination-case:common-fibular:left')).toBeDefined();
    await examine(page, 'examination-case:common-fibular:left', 'desktop');
  });

  test('examines a patient by tap and by keyboard at phone width, submits, and rates', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signUp(page);
    await examine(page, 'examination-case:L5:right', 'phone');
  });

  test('an examination question in a practice exam: examined, diagnosed, result withheld until the exam is submitted', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await signUp(page, 'Ezra Examiner');
    await page.goto('/exams');
    await page.getByLabel('Number of questions').fill('5');
    for (const kind of [
      'Clinical vignettes',
      'Locate on the map',
      'Key points',
      'Disc levels',
      'Red flags',
      'Myotomes and reflexes',
    ])
      await page.getByLabel(kind).uncheck();
    await page.getByLabel('Examination cases').check();
    await page.getByRole('button', { name: 'Start the practice exam' }).click();
    await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+$/);
    const question = page.getByTestId('exam-question');
    const exam = question.getByTestId('examination');
    await expect(exam.getByTestId('examination-history')).not.toBeEmpty();
    // which patient this is, from the question's card (the test knows the bank; the page does not)
    const api = await apiClientFor(page);
    const attemptId = page.url().split('/').pop()!;
    const attempt = (await api.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId } } })).data!;
    const cardId = attempt.questions.find((q) => q.position === 1)!.face.id;
    const patient = examinationCase(cardId)!;
    const spot = spotInside(patient.key);
    await exam.getByText(VIEW_LABEL[spot.view], { exact: true }).click();
    await clickMapAt(page, exam.getByTestId('answer-map'), spot.view, spot);
    await expect(exam.getByTestId('probe-mark')).toHaveCount(1);
    await exam.getByRole('button', { name: 'Test knee jerk on the right' }).click();
    await expect(exam.getByTestId('test-result')).toHaveCount(1);
    await exam.getByTestId('lesion-select').selectOption(patient.lesion);
    await exam.getByLabel(patient.side, { exact: true }).check();
    await exam.getByRole('button', { name: 'Submit diagnosis' }).click();
    await expect(exam.getByTestId('examination-withheld')).toContainText('Diagnosis submitted');
    await expect(exam.getByTestId('examination-result')).toHaveCount(0);
    await expect(page.getByTestId('question-navigator')).toContainText('1 of 5 answered');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'examination-exam-question');
  });
});
