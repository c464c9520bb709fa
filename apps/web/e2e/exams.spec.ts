import { expect, test, type Page } from '@playwright/test';
import { cardById, cardByKey, NERVE_IDS, type ViewId } from '@dermatome/data';
import { readFileSync } from 'node:fs';
import {
  clickMapAt,
  contextFor,
  createAccount,
  knownClickPoint,
  rightSpot,
  signUp,
  viewOfMapClass,
  type Account,
} from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

const question = (page: Page) => page.getByTestId('exam-question');
const timer = (page: Page) => page.getByTestId('exam-timer').filter({ visible: true });

async function remaining(page: Page): Promise<number> {
  return Number(await timer(page).getAttribute('data-remaining'));
}

/** What the navigator shows of each question: answered or not, flagged or not. */
async function navigatorState(page: Page): Promise<string[]> {
  return page
    .getByTestId('question-navigator')
    .locator('button[data-position]')
    .evaluateAll((buttons) =>
      buttons.map((b) => `${b.getAttribute('data-state')}${b.getAttribute('data-flagged') === 'true' ? '+flag' : ''}`),
    );
}

/** Answers the question on screen as a learner would: a choice by key or click, a map by click or the keyboard crosshair. */
async function answerOnScreen(page: Page, way: 'click' | 'keyboard'): Promise<'choice' | 'map'> {
  const q = question(page);
  const map = q.getByTestId('answer-map');
  if (await map.count()) {
    const view: ViewId = viewOfMapClass(await map.locator('svg.dm-map').getAttribute('class'));
    if (way === 'click') {
      const prompt = (await q.locator('#q-prompt').textContent()) ?? '';
      await clickMapAt(page, map, view, knownClickPoint(prompt));
    } else {
      await map.focus();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Enter');
    }
    await expect(q.getByTestId('placed')).toBeVisible();
    return 'map';
  }
  if (way === 'keyboard') await page.keyboard.press('2');
  else await q.locator('label.option').first().click();
  await expect(q.locator('input[type="radio"]:checked')).toHaveCount(1);
  return 'choice';
}

test('a timed practice exam: answers, flags and time survive a reload; the timer follows the server; submission and report', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await signUp(page, 'Priya Raman');
  await page.goto('/exams');
  await expect(page.getByRole('heading', { level: 1, name: 'Exams' })).toBeVisible();
  await expect(page.getByText('No exam has been set for your cohorts')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'exams-student');

  await page.getByLabel('Number of questions').fill('8');
  await page.getByLabel('Time limit in minutes').fill('10');
  // the kinds: click on the map (locate), and choices (disc levels, myotomes and reflexes); each root
  // gets one question, and the saddle's are all on the map
  for (const kind of ['Clinical vignettes', 'Key points', 'Red flags']) await page.getByLabel(kind).uncheck();
  await page.getByRole('button', { name: 'Start the practice exam' }).click();
  await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+$/);
  await expect(question(page)).toBeVisible();
  const start = await remaining(page);
  expect(start).toBeGreaterThan(590);
  expect(start).toBeLessThanOrEqual(600);
  await expect(page.getByTestId('question-navigator').locator('button[data-position]')).toHaveCount(8);

  const shot = new Set<string>();
  await test.step('answer five questions (click, keys, map by click and by keyboard), flag two', async () => {
    let mapWay: 'click' | 'keyboard' = 'click';
    for (let i = 0; i < 5; i++) {
      await expect(question(page)).toHaveAttribute('data-position', String(i + 1));
      const isMap = (await question(page).getByTestId('answer-map').count()) > 0;
      const kind = isMap ? 'map' : 'choice';
      if (!shot.has(kind)) {
        await expectNoSeriousA11yViolations(page);
        await screenshotBothWidths(page, `exam-question-${kind}`);
      }
      await answerOnScreen(page, isMap ? mapWay : i % 2 === 0 ? 'keyboard' : 'click');
      if (isMap) mapWay = 'keyboard';
      await expect(question(page).getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
      await expect(question(page).getByTestId('save-state')).toHaveText(/Answer saved/);
      if (i === 1) await page.keyboard.press('f');
      if (i === 3) await question(page).getByTestId('flag').click();
      if (!shot.has(kind)) {
        shot.add(kind);
        await screenshotBothWidths(page, `exam-question-${kind}-answered`);
      }
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(page.getByTestId('saved-all')).toHaveText(/All answers saved/);
    await expect(page.getByTestId('navigator-summary')).toHaveText('5 of 8 answered · 2 flagged');
  });

  const before = await navigatorState(page);
  expect(before).toEqual([
    'answered',
    'answered+flag',
    'answered',
    'answered+flag',
    'answered',
    'unanswered',
    'unanswered',
    'unanswered',
  ]);

  await test.step('a reload with the device clock three hours fast: answers, flags and the time left are the server’s', async () => {
    const left = await remaining(page);
    const now = Date.now();
    await page.clock.setSystemTime(new Date(now + 3 * 3600_000));
    await page.reload();
    await expect(question(page)).toBeVisible();
    // back where it was: the first unanswered question
    await expect(question(page)).toHaveAttribute('data-position', '6');
    expect(await navigatorState(page)).toEqual(before);
    const after = await remaining(page);
    expect(after).toBeLessThanOrEqual(left);
    expect(after).toBeGreaterThan(left - 30);
    // five minutes before the end by the server's clock (the device moves six minutes on): the warning
    await page.clock.setSystemTime(new Date(now + 3 * 3600_000 + 6 * 60_000));
    await expect(page.getByTestId('timer-warning')).toHaveText(/^5 minutes left\./);
    expect(await remaining(page)).toBeLessThan(300);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-five-minutes');
    await page.clock.setSystemTime(new Date(Date.now() + 3 * 3600_000));
  });

  await test.step('offline: the answer waits on the device, leaving is blocked with a message, it is saved once back', async () => {
    if (!shot.has('map')) {
      // no map question among the first five (unlikely: about half the questions are on the map): the sixth is
      await expect(question(page).getByTestId('answer-map')).toBeVisible();
      await screenshotBothWidths(page, 'exam-question-map');
      shot.add('map');
    }
    await context.setOffline(true);
    await expect(page.getByTestId('exam-offline')).toBeVisible();
    await answerOnScreen(page, 'click');
    const save = question(page).getByTestId('save-state');
    await expect(save).toHaveAttribute('data-state', 'waiting');
    await expect(save).toContainText('you are offline');
    await expect(page.getByTestId('navigator-summary')).toHaveText('6 of 8 answered · 2 flagged');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByTestId('leave-notice')).toContainText('not saved yet');
    await expect(page).toHaveURL(/\/exams\/attempts\//);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-offline');
    await context.setOffline(false);
    await expect(save).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('leave-notice')).toHaveCount(0);
  });

  await test.step('submit: the confirmation lists the unanswered and the flagged questions', async () => {
    await page.getByTestId('submit-exam').click();
    const dialog = page.getByTestId('submit-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('unanswered-list').getByRole('listitem')).toHaveText(['Question 7', 'Question 8']);
    await expect(dialog.getByTestId('flagged-list').getByRole('listitem')).toHaveText(['Question 2', 'Question 4']);
    await expect(dialog).toContainText('You answered 6 of 8 questions');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-submit-dialog');
    // "Question 7" goes back to it; then submit from the last question
    await dialog.getByRole('button', { name: 'Question 7' }).click();
    await expect(question(page)).toHaveAttribute('data-position', '7');
    await page.getByTestId('submit-exam').click();
    await dialog.getByRole('button', { name: 'Submit now' }).click();
    await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+\/report$/);
  });

  await test.step('the report: score, time, per root and type, each missed question explained with its map', async () => {
    await expect(page.getByTestId('report-score')).toHaveText(/^\d+(\.5)? \/ 8$/);
    await expect(page.getByTestId('report-percent')).toHaveText(/%$/);
    for (const id of ['chart-by-root', 'chart-by-type']) await expect(page.getByTestId(id).getByRole('img')).toBeVisible();
    await page.getByTestId('chart-by-type').getByText('Show the data as a table').click();
    await expect(page.getByTestId('chart-by-type').getByRole('table')).toBeVisible();
    const missed = page.getByTestId('report-question');
    const unanswered = page.locator('[data-testid="report-question"][data-result="unanswered"]');
    await expect(unanswered).toHaveCount(2);
    await expect(unanswered.first().getByTestId('answer-explained')).toContainText('Not answered');
    await expect(unanswered.first().getByTestId('right-answer')).not.toBeEmpty();
    await expect(unanswered.first().locator('svg.dm-map').or(unanswered.first().locator('.explanation'))).not.toHaveCount(0);
    const shown = await missed.count();
    await page.getByLabel(/All questions/).check();
    await expect(missed).toHaveCount(8);
    await page.getByLabel(/Wrong and partly right/).check();
    await expect(missed).toHaveCount(shown);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-report');
  });

  await test.step('the result is in the practice list of the Exams page and beside mastery on the stats page', async () => {
    const percent = (await page.getByTestId('report-percent').textContent())!;
    const reportUrl = page.url();
    await page.goto('/exams');
    // nothing in progress any more; the submitted practice exam with its score and its report
    await expect(page.getByTestId('resume-practice')).toHaveCount(0);
    const rows = page.getByTestId('practice-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.getByTestId('practice-score')).toHaveText(percent);
    await expect(rows).toContainText('8 questions, 10 min');
    // the results of set exams are apart (none here)
    await expect(page.getByTestId('exam-results')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exams-practice-history');
    await rows.getByRole('link', { name: /^Open the report of/ }).click();
    await expect(page).toHaveURL(reportUrl);
    await page.goto('/stats');
    const signal = page.getByTestId('exam-signal');
    await expect(signal.getByRole('heading', { name: 'Exams beside mastery' })).toBeVisible();
    await expect(signal.getByTestId('exam-signal-table').getByRole('row')).toHaveCount(8);
    await expect(signal.getByRole('link', { name: /^Practice:/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'stats-with-exam');
    await page.goto('/settings');
    await expect(page.getByLabel('Missed exam questions first')).toBeChecked();
    await expect(page.getByText('the cards you got wrong come due at once')).toBeVisible();
  });
});

/** A moment `offsetMs` from now as the page's datetime-local inputs take it, in the browser's zone. */
function localInput(page: Page, offsetMs: number): Promise<string> {
  return page.evaluate((ms) => {
    const d = new Date(Date.now() + ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
  }, offsetMs);
}

/** Answers every question of an attempt through the API: right for the cards in `right`, wrong otherwise. */
async function takeByApi(account: Account, examId: string, right: Set<string>): Promise<string> {
  const { data: attempt } = await account.api.POST('/api/exams/{examId}/attempts', { params: { path: { examId } } });
  for (const q of attempt!.questions) {
    const card = cardById(q.face.id)!;
    if (card.answer.kind !== 'choice') throw new Error('choice questions only here');
    const correct = card.answer.correctOptionId;
    const optionId = right.has(card.id) ? correct : card.answer.options.find((o) => o.id !== correct)!.id;
    const { response } = await account.api.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: attempt!.id, position: q.position } },
      body: { answer: { optionId } },
    });
    expect(response.status).toBe(200);
  }
  const { response } = await account.api.POST('/api/exams/attempts/{attemptId}/submit', {
    params: { path: { attemptId: attempt!.id } },
  });
  expect(response.status).toBe(200);
  return attempt!.id;
}

test('an exam set for a cohort: created with extra time, taken by three students, the item analysis', async ({ browser }) => {
  test.setTimeout(240_000);
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Duarte' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Neuro block C' } });
  const amara = await createAccount({ displayName: 'Amara Osei', joinCode: cohort!.joinCode });
  const bruno = await createAccount({ displayName: 'Bruno Costa', joinCode: cohort!.joinCode });
  const chen = await createAccount({ displayName: 'Chen Wei', joinCode: cohort!.joinCode });

  const teacherContext = await contextFor(browser, instructor);
  const teacher = await teacherContext.newPage();
  let examId = '';
  let picked: string[] = [];

  await test.step('the instructor sets the exam: six hand-picked questions, 10 minutes, a window, extra time for one student', async () => {
    await teacher.goto(`/cohorts/${cohort!.id}/exams`);
    await expect(teacher.getByText('No exam yet')).toBeVisible();
    await teacher.getByRole('link', { name: 'Set an exam' }).click();
    await teacher.getByLabel('Title').fill('Week 6 dermatome quiz');
    await teacher.getByLabel('Deck', { exact: true }).selectOption('disc-levels');
    await teacher.getByLabel(/Pick them by hand/).check();
    const picker = teacher.getByTestId('card-picker');
    const boxes = picker.locator('input[name="cardIds"]');
    await expect(boxes.first()).toBeVisible();
    // prompts only: no answer is on the page
    const first = await boxes.first().getAttribute('value');
    const bank = cardById(first!)!;
    if (bank.answer.kind === 'choice') {
      const right = bank.answer.options.find((o) => o.id === (bank.answer as { correctOptionId: string }).correctOptionId)!;
      await expect(picker).not.toContainText(bank.explanation.slice(0, 40));
      expect(right.text.length).toBeGreaterThan(0);
    }
    for (let i = 0; i < 6; i++) await boxes.nth(i).check();
    await expect(picker.getByTestId('picked-count')).toContainText('6 questions picked');
    picked = await boxes.evaluateAll((els) => (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.value));
    await teacher.getByLabel('Opens', { exact: true }).fill(await localInput(teacher, -5 * 60_000));
    await teacher.getByLabel('Closes', { exact: true }).fill(await localInput(teacher, 24 * 3600_000));
    await teacher.getByLabel('Time limit (minutes)').fill('10');
    await teacher.getByLabel('Attempts allowed').fill('2');
    await teacher.getByLabel('Amara Osei').fill('50');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-exam-form');
    await teacher.getByRole('button', { name: 'Set the exam' }).click();
    await expect(teacher.getByTestId('exam-created')).toContainText('Week 6 dermatome quiz is set');
    const row = teacher.getByTestId('cohort-exam');
    await expect(row).toContainText('Open now');
    await expect(row).toContainText('Extra time: Amara Osei +50%');
    examId = (await row.getAttribute('data-exam'))!;
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-exams');
  });

  await test.step('a student with extra time takes it in the browser and gets every question right', async () => {
    const context = await contextFor(browser, amara);
    const page = await context.newPage();
    await page.goto('/exams');
    const item = page.getByTestId('my-exam');
    await expect(item).toContainText('Week 6 dermatome quiz');
    await expect(item).toContainText('Open now');
    await expect(item.getByTestId('attempts-used')).toHaveText('0 of 2 used');
    await item.getByRole('button', { name: 'Start' }).click();
    const dialog = page.getByTestId('start-dialog');
    await expect(dialog).toContainText('runs for 15 min (with your +50% extra time).');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-start-dialog');
    await dialog.getByRole('button', { name: 'Start now' }).click();
    await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+$/);
    // 10 minutes and 50% more
    expect(await remaining(page)).toBeGreaterThan(14 * 60);
    const attemptId = /attempts\/([0-9a-f-]+)/.exec(page.url())![1]!;
    const { data: attempt } = await amara.api.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId } } });
    for (const q of attempt!.questions) {
      await expect(question(page)).toHaveAttribute('data-position', String(q.position));
      const card = cardById(q.face.id)!;
      await question(page)
        .locator(`input[value="${(card.answer as { correctOptionId: string }).correctOptionId}"]`)
        .check();
      await expect(question(page).getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
      if (q.position < attempt!.questions.length) await page.keyboard.press('ArrowRight');
    }
    await page.getByTestId('submit-exam').click();
    await expect(page.getByTestId('submit-dialog')).toContainText('Every question has an answer');
    await page.getByTestId('submit-dialog').getByRole('button', { name: 'Submit now' }).click();
    await page.waitForURL(/\/report$/);
    await expect(page.getByTestId('report-percent')).toHaveText('100%');
    await expect(page.getByText('Every answer was right')).toBeVisible();
    await context.close();
  });

  await test.step('two more students take it (4 of 6 and 2 of 6 right)', async () => {
    await takeByApi(bruno, examId, new Set(picked.slice(0, 4)));
    await takeByApi(chen, examId, new Set(picked.slice(0, 2)));
  });

  await test.step('the results: scores per student, item analysis with its flags explained, reliability', async () => {
    await teacher.goto(`/cohorts/${cohort!.id}/exams`);
    await expect(teacher.getByTestId('exam-submitted')).toHaveText('3 of 3 students');
    await teacher.getByRole('link', { name: 'Results and item analysis' }).click();
    await expect(teacher.getByTestId('exam-title')).toHaveText('Week 6 dermatome quiz');
    await expect(teacher.getByTestId('results-submitted')).toHaveText('3 of 3');
    const scores = teacher.getByTestId('score-row');
    await expect(scores.filter({ hasText: 'Amara Osei' }).getByTestId('first-percent')).toHaveText('100%');
    await expect(scores.filter({ hasText: 'Bruno Costa' }).getByTestId('first-percent')).toHaveText('66.7%');
    await expect(scores.filter({ hasText: 'Chen Wei' }).getByTestId('first-percent')).toHaveText('33.3%');
    await expect(scores.filter({ hasText: 'Amara Osei' })).toContainText('+50% time');
    await expect(teacher.getByTestId('results-mean')).toHaveText('66.7%');
    await expect(teacher.getByTestId('results-reliability')).toHaveText(/^\d\.\d\d$/);
    await expect(teacher.getByTestId('reliability-reading')).toContainText('With only 3 first attempts');
    const items = teacher.getByTestId('item-row');
    await expect(items).toHaveCount(6);
    // the two questions everyone got right are flagged too easy, in plain words
    await expect(teacher.locator('[data-testid="item-row"][data-flags~="too-easy"]')).toHaveCount(2);
    await expect(teacher.getByTestId('item-analysis')).toContainText('Too easy: more than 80% got it right');

    // how often each option was chosen (first attempts), the right one said in words: the last picked
    // question was right only for Amara; Bruno and Chen both chose the same wrong option
    const last = cardById(picked[5]!)!;
    if (last.answer.kind !== 'choice') throw new Error('choice questions only here');
    const right = last.answer.correctOptionId;
    const distractor = last.answer.options.find((o) => o.id !== right)!;
    const row = teacher.locator(`[data-testid="item-row"][data-card="${last.id}"]`);
    await expect(row.getByTestId('top-distractor')).toContainText('(2)');
    const answers = teacher.locator(`[data-testid="item-answers"][data-card="${last.id}"]`);
    await expect(answers).toBeHidden();
    const toggle = row.getByRole('button', { name: /^Answers chosen/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(answers).toBeVisible();
    const rightOption = answers.locator(`[data-option="${right}"]`);
    await expect(rightOption).toContainText('Right answer');
    await expect(rightOption.locator('.count')).toHaveText('1 (33%)');
    await expect(answers.locator(`[data-option="${distractor.id}"] .count`)).toHaveText('2 (67%)');
    await expect(answers.locator('[data-correct="none"]')).toContainText('No answer');
    await expect(answers.locator('[data-correct="none"] .count')).toHaveText('0 (0%)');
    expect(
      await answers.locator('[data-testid="option-count"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-count'))),
    ).toEqual([...last.answer.options.map((o) => (o.id === right ? '1' : o.id === distractor.id ? '2' : '0')), '0']);
    // every question's counts at once
    await teacher.getByRole('button', { name: 'Show every answer count' }).click();
    await expect(teacher.getByTestId('item-answers').filter({ visible: true })).toHaveCount(6);
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-exam-results');

    // extra time can change after the exam is set
    await teacher.getByLabel('Bruno Costa').fill('25');
    await teacher.getByRole('button', { name: 'Save extra time' }).click();
    await expect(teacher.getByRole('status').filter({ hasText: 'Extra time saved' })).toBeVisible();
    await expect(scores.filter({ hasText: 'Bruno Costa' })).toContainText('+25% time');

    const [file] = await Promise.all([teacher.waitForEvent('download'), teacher.getByTestId('export-roster').click()]);
    const csv = readFileSync(await file.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    const columns = csv[0]!.split(',');
    const examColumn = columns.findIndex((c) => c.startsWith('exam_week_6_dermatome_quiz_'));
    expect(examColumn).toBeGreaterThan(0);
    expect(csv.find((r) => r.includes('Amara Osei'))!.split(',')[examColumn]).toBe('100');
  });

  await test.step('the instructor opens a student’s report from the results', async () => {
    const bruno = teacher.getByTestId('score-row').filter({ hasText: 'Bruno Costa' });
    await bruno.getByRole('link', { name: /^Open the report of Bruno Costa/ }).click();
    await teacher.waitForURL(new RegExp(`/cohorts/${cohort!.id}/exams/${examId}/attempts/[0-9a-f-]+$`));
    await expect(teacher.getByTestId('student-report-title')).toHaveText('Bruno Costa: Week 6 dermatome quiz');
    await expect(teacher.getByTestId('report-score')).toHaveText('4 / 6');
    await expect(teacher.getByTestId('report-percent')).toHaveText('66.7%');
    // his two wrong answers, named as his, with the right one
    const wrong = teacher.getByTestId('report-question');
    await expect(wrong).toHaveCount(2);
    await expect(wrong.first().getByTestId('your-answer')).not.toHaveText('None');
    await expect(wrong.first()).toContainText('Bruno Costa’s answer');
    await expect(wrong.first().getByTestId('right-answer')).not.toBeEmpty();
    await expect(teacher.getByRole('link', { name: 'Exams', exact: true })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-student-report');
    await teacher.getByRole('link', { name: 'Back to the results' }).click();
    await expect(teacher.getByTestId('exam-title')).toHaveText('Week 6 dermatome quiz');
  });

  await test.step('an exam whose results show after it closes: the student is told when', async () => {
    const opensAt = new Date(Date.now() - 60_000).toISOString();
    const closesAt = new Date(Date.now() + 3600_000).toISOString();
    const { data: later } = await instructor.api.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId: cohort!.id } },
      body: {
        title: 'Closed-book check',
        deckId: 'disc-levels',
        cardIds: picked.slice(0, 5),
        timeLimitMinutes: 15,
        opensAt,
        closesAt,
        attemptsAllowed: 1,
        resultsVisibility: 'after-close',
      },
    });
    const attemptId = await takeByApi(chen, later!.id, new Set(picked.slice(0, 3)));
    const context = await contextFor(browser, chen);
    const page = await context.newPage();
    await page.goto('/exams');
    const item = page.getByTestId('my-exam').filter({ hasText: 'Closed-book check' });
    await expect(item).toContainText('Results after');
    await expect(item.getByRole('button', { name: /Start/ })).toHaveCount(0);
    await expect(item.getByRole('link', { name: 'Your report' })).toHaveCount(0);
    await page.goto(`/exams/attempts/${attemptId}/report`);
    const waiting = page.getByTestId('results-later');
    await expect(waiting).toContainText('5 of 5 questions answered');
    await expect(waiting).toContainText('shown after the exam closes');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-results-later');
    await context.close();
  });

  await test.step('rename and move the closing time (which must follow the opening); a started exam cannot be deleted, so it is closed; one nobody started is deleted', async () => {
    const { data: spare } = await instructor.api.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId: cohort!.id } },
      body: {
        title: 'Spare quiz',
        deckId: 'disc-levels',
        cardIds: picked.slice(0, 5),
        timeLimitMinutes: 10,
        opensAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
        attemptsAllowed: 1,
        resultsVisibility: 'at-submission',
      },
    });
    await teacher.goto(`/cohorts/${cohort!.id}/exams`);
    await expect(teacher.getByTestId('cohort-exam')).toHaveCount(3);
    const week6 = teacher.locator(`[data-testid="cohort-exam"][data-exam="${examId}"]`);

    await week6.getByRole('button', { name: 'Edit Week 6 dermatome quiz' }).click();
    const edit = week6.getByTestId('edit-exam-dialog');
    await expect(edit).toBeVisible();
    await expect(edit.getByLabel('Title')).toBeFocused();
    await expect(edit.getByLabel('Title')).toHaveValue('Week 6 dermatome quiz');
    await edit.getByLabel('Title').fill('Week 6 quiz: dermatomes');
    await edit.getByLabel('Closes').fill(await localInput(teacher, -3 * 24 * 3600_000));
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.locator('.field-error')).toHaveText('Must be after the opening time.');
    await expect(edit.getByLabel('Closes')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-exam-edit-error');
    await edit.getByLabel('Closes').fill(await localInput(teacher, 2 * 24 * 3600_000));
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(week6.getByTestId('exam-admin-done')).toContainText('Week 6 quiz: dermatomes is saved');
    await expect(week6.getByRole('heading', { level: 3 })).toHaveText('Week 6 quiz: dermatomes');
    const { data: exams } = await instructor.api.GET('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId: cohort!.id } },
    });
    const moved = exams!.find((e) => e.id === examId)!;
    expect(moved.title).toBe('Week 6 quiz: dermatomes');
    expect(Math.abs(new Date(moved.closesAt!).getTime() - (Date.now() + 2 * 24 * 3600_000))).toBeLessThan(3 * 60_000);

    // students have taken it: deleting is refused, and the page says to close it instead
    await week6.getByRole('button', { name: 'Delete Week 6 quiz: dermatomes' }).click();
    const remove = week6.getByTestId('delete-exam-dialog');
    await expect(remove).toBeVisible();
    await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await screenshotBothWidths(teacher, 'cohort-exam-delete-dialog');
    await remove.getByRole('button', { name: 'Delete the exam' }).click();
    const refused = week6.getByTestId('exam-admin-problem');
    await expect(refused).toContainText('Week 6 quiz: dermatomes cannot be deleted: students have already started it');
    await expect(refused).toContainText('Close it instead');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-exam-delete-refused');
    await refused.getByRole('button', { name: 'Close it now' }).click();
    const close = week6.getByTestId('close-exam-dialog');
    await expect(close).toBeVisible();
    await close.getByRole('button', { name: 'Close it now' }).click();
    await expect(week6.getByTestId('exam-admin-done')).toContainText('is closed: students can no longer start it');
    await expect(week6.locator('.state')).toContainText('Closed');
    await expect(week6.getByRole('button', { name: /^Close now/ })).toHaveCount(0);

    // nobody has started the spare one: it goes
    const spareRow = teacher.locator(`[data-testid="cohort-exam"][data-exam="${spare!.id}"]`);
    await expect(spareRow).toContainText('Upcoming');
    await spareRow.getByRole('button', { name: 'Delete Spare quiz' }).click();
    await spareRow.getByTestId('delete-exam-dialog').getByRole('button', { name: 'Delete the exam' }).click();
    await expect(teacher.getByTestId('exam-deleted')).toContainText('Spare quiz is deleted');
    await expect(teacher.getByTestId('cohort-exam')).toHaveCount(2);
    await expect(teacher.locator(`[data-exam="${spare!.id}"]`)).toHaveCount(0);
  });

  await teacherContext.close();
});

test('tutor mode explains each answer; when time runs out the server submits the attempt', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, 'Tomas Berg');

  await test.step('tutor mode: the right answer and its explanation after each answer', async () => {
    await page.goto('/exams');
    await page.getByLabel('Number of questions').fill('5');
    await page.getByLabel(/Tutor mode/).check();
    await expect(page.getByLabel('Time limit in minutes')).toHaveCount(0);
    for (const kind of ['Clinical vignettes', 'Locate on the map', 'Key points', 'Disc levels', 'Myotomes and reflexes'])
      await page.getByLabel(kind).uncheck();
    await page.getByRole('button', { name: 'Start the practice exam' }).click();
    await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+$/);
    await expect(timer(page)).toContainText('No time limit');
    await page.keyboard.press('1');
    const feedback = question(page).getByTestId('tutor-feedback');
    await expect(feedback).toBeVisible();
    await expect(feedback.getByTestId('right-answer')).not.toBeEmpty();
    await expect(feedback.locator('.explanation')).not.toBeEmpty();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exam-tutor-feedback');
    // the Exams page lists it as in progress (from the API's list of practice exams), and resumes it
    const attemptUrl = page.url();
    await page.goto('/exams');
    const open = page.getByTestId('resume-practice').getByTestId('open-practice');
    await expect(open).toHaveCount(1);
    await expect(open).toContainText('tutor mode');
    await expect(open).toContainText('1 of 5 questions answered');
    await expect(page.getByTestId('practice-row')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'exams-resume');
    await open.getByRole('link', { name: /^Resume/ }).click();
    await expect(page).toHaveURL(attemptUrl);
    // back at the first question without an answer, the first one's answer kept
    await expect(question(page)).toHaveAttribute('data-position', '2');
    await expect(page.getByTestId('navigator-summary')).toHaveText(/^1 of 5 answered/);
    await page.goto('/exams');
  });

  await test.step('a one-minute exam: when the time is up the server submits it and the report says so', async () => {
    await page.getByLabel('Number of questions').fill('5');
    await page.getByRole('radio', { name: /^Timed/ }).check();
    await page.getByLabel('Time limit in minutes').fill('1');
    await page.getByRole('button', { name: 'Start the practice exam' }).click();
    await page.waitForURL(/\/exams\/attempts\/[0-9a-f-]+$/);
    await expect(question(page)).toBeVisible();
    await answerOnScreen(page, 'keyboard');
    await expect(question(page).getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.waitForURL(/\/report\?timeup=1$/, { timeout: 90_000 });
    await expect(page.getByTestId('auto-submitted')).toContainText('Time ran out');
    await expect(page.getByTestId('report-score')).toHaveText(/ \/ 5$/);
    await screenshotBothWidths(page, 'exam-report-time-up');
    // on the Exams page: the tutor-mode one still in progress, the timed one with its score
    await page.goto('/exams');
    await expect(page.getByTestId('open-practice')).toHaveCount(1);
    await expect(page.getByTestId('open-practice')).toContainText('tutor mode');
    await expect(page.getByTestId('practice-row')).toHaveCount(1);
    await expect(page.getByTestId('practice-row')).toContainText('5 questions, 1 min');
  });
});

test('the redrawn figure in an exam: nerve questions tapped and chosen, then the report with layers, captions and legends', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const keys = [
    'territory-click:sural:left',
    'territory-which:sural',
    'pattern:posterior:S1-vs-sural:nerve:right',
    'territory-click:medial-plantar:left',
    'pattern:plantar:S1-vs-tibial-tarsal-tunnel:nerve:left',
  ];
  const picked = keys.map((key) => cardByKey(key)!);
  const instructor = await createAccount({ role: 'instructor', displayName: 'Ines Figueroa' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Nerve block' } });
  const student = await createAccount({ displayName: 'Noor Haddad', joinCode: cohort!.joinCode });
  const { data: exam } = await instructor.api.POST('/api/cohorts/{cohortId}/exams', {
    params: { path: { cohortId: cohort!.id } },
    body: {
      title: 'Nerve territories',
      deckId: 'dermatomes-of-the-leg',
      cardIds: picked.map((c) => c.id),
      timeLimitMinutes: 30,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      attemptsAllowed: 1,
      resultsVisibility: 'at-submission',
    },
  });
  const { data: attempt } = await student.api.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam!.id } } });
  const context = await contextFor(browser, student);
  const page = await context.newPage();
  await page.goto(`/exams/attempts/${attempt!.id}`);

  for (const [index, q] of attempt!.questions.entries()) {
    const card = cardById(q.face.id)!;
    await expect(question(page)).toHaveAttribute('data-position', String(q.position));
    const figure = question(page).getByTestId('map-figure');
    await expect(figure).toBeVisible();
    // nothing on the question's map names a nerve or a root
    const html = (await figure.innerHTML()).toLowerCase();
    for (const nerve of NERVE_IDS) expect(html).not.toContain(nerve);
    expect(html).not.toMatch(/data-(nerve|root)=/);
    const name = `exam-figure-${card.key.replace(/:/g, '-')}`;
    if (index < 3) {
      await expectNoSeriousA11yViolations(page);
      await screenshotBothWidths(page, `${name}-question`);
    }
    if (card.answer.kind === 'click') {
      const spot = rightSpot(card);
      if (index === 0) {
        // by tap on the figure
        await clickMapAt(page, question(page).getByTestId('answer-map'), spot.view, spot);
      } else {
        // by keyboard: the crosshair from the centre, zoomed in with "+"
        const map = question(page).getByTestId('answer-map');
        await map.focus();
        await page.keyboard.press('+');
        await expect(question(page).getByTestId('zoom-level')).toHaveText('150%');
        const [, , w, h] = ((await map.locator('svg.dm-map').getAttribute('viewBox')) ?? '').split(' ').map(Number) as number[];
        let x = w! / 2;
        let y = h! / 2;
        const key = (dx: number, big: boolean) => `${big ? 'Shift+' : ''}${dx < 0 ? 'ArrowLeft' : 'ArrowRight'}`;
        while (Math.abs(spot.x - x) >= 50) {
          await page.keyboard.press(key(spot.x - x, true));
          x += Math.sign(spot.x - x) * 50;
        }
        while (Math.abs(spot.x - x) >= 10) {
          await page.keyboard.press(key(spot.x - x, false));
          x += Math.sign(spot.x - x) * 10;
        }
        const vkey = (dy: number, big: boolean) => `${big ? 'Shift+' : ''}${dy < 0 ? 'ArrowUp' : 'ArrowDown'}`;
        while (Math.abs(spot.y - y) >= 50) {
          await page.keyboard.press(vkey(spot.y - y, true));
          y += Math.sign(spot.y - y) * 50;
        }
        while (Math.abs(spot.y - y) >= 10) {
          await page.keyboard.press(vkey(spot.y - y, false));
          y += Math.sign(spot.y - y) * 10;
        }
        if (index < 3) await screenshotBothWidths(page, `${name}-keyboard-zoomed`);
        await page.keyboard.press('Enter');
      }
      await expect(question(page).getByTestId('placed')).toBeVisible();
    } else if (card.answer.kind === 'choice') {
      const right = card.answer.options.find((o) => o.id === (card.answer as { correctOptionId: string }).correctOptionId)!;
      await question(page).locator('label.option').filter({ hasText: right.text }).first().click();
    }
    await expect(question(page).getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    if (index < attempt!.questions.length - 1) await page.getByRole('button', { name: /^Next/ }).first().click();
  }
  const { response } = await student.api.POST('/api/exams/attempts/{attemptId}/submit', {
    params: { path: { attemptId: attempt!.id } },
  });
  expect(response.status).toBe(200);
  await page.goto(`/exams/attempts/${attempt!.id}/report`);
  await expect(page.getByTestId('report-score')).toHaveText(/^5 \/ 5$/);
  // all right: the report lists the missed ones by default, so show every question
  await page.getByLabel(/All questions/).check();
  const explained = page.getByTestId('answer-explained');
  await expect(explained).toHaveCount(5);
  // every question of this exam draws its answer on the nerve layer or both layers, with a caption and a legend
  for (let i = 0; i < 5; i += 1) {
    const item = explained.nth(i);
    await expect(item.getByTestId('map-caption')).not.toBeEmpty();
    await expect(item.getByTestId('map-legend').locator('[data-legend^="nerve-"]').first()).toBeAttached();
  }
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'exam-figure-report');
  await context.close();
});
