import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiClientFor, contextFor, createAccount, expectOutboxEmpty, PASSWORD, signUp, uniqueEmail } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

/** The mastery values of one student's row in the dashboard grid. */
async function gridMastery(page: Page, userId: string): Promise<number[]> {
  const cells = page.locator(`[data-testid="grid-row"][data-user="${userId}"] [data-root]`);
  // the row must be on screen first: right after a client-side navigation the grid is not there yet
  await expect(cells).toHaveCount(7);
  return cells.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-mastery'))));
}

/** Downloads an export through the page and returns its name and text. */
async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Answers the review card on screen (option 1 or the answer side straight away) and rates it Easy. */
async function reviewOne(page: Page): Promise<void> {
  const card = page.getByTestId('review-card');
  await expect(card).toHaveAttribute('data-side', 'question');
  if (await page.locator('button.option').count()) await page.keyboard.press('1');
  else await page.keyboard.press('Space');
  await expect(card).toHaveAttribute('data-side', 'answer');
  await page.keyboard.press('4');
}

test('an instructor runs a cohort: invite, assign, watch a student’s mastery move, export, roster and student pages', async ({
  browser,
}) => {
  test.setTimeout(300_000);

  // the instructor signs up through the page ("I am an instructor"): home is their cohort list, the
  // account is marked unverified, and the nav has Cohorts instead of the review links
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await test.step('an instructor signs up through the sign-up page', async () => {
    await teacher.goto('/signup');
    await expect(teacher.getByText('Instructor accounts are for teaching staff')).toBeVisible();
    await teacher.getByLabel('Your name').fill('Ines Duarte');
    await teacher.getByLabel('E-mail address').fill(uniqueEmail('ines'));
    await teacher.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await expect(teacher.getByLabel(/Join code/)).toBeVisible();
    await teacher.getByLabel('I am an instructor').check();
    // instructors do not join cohorts: the code field goes away
    await expect(teacher.getByLabel(/Join code/)).toBeHidden();
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'signup-instructor');
    await teacher.getByRole('button', { name: 'Create account' }).click();
    await teacher.waitForURL((url) => url.pathname === '/cohorts');
    await expect(teacher.getByTestId('instructor-unverified')).toContainText('not verified yet');
    const me = await (await teacher.request.get('/api/auth/me')).json();
    expect(me).toMatchObject({ displayName: 'Ines Duarte', role: 'instructor', instructorVerified: false });
  });
  const instructor = { api: await apiClientFor(teacher) };
  const nav = teacher.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Cohorts' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Review' })).toHaveCount(0);
  await expect(teacher.getByTestId('user-name')).toContainText('instructor');
  await expectNoSeriousA11yViolations(teacher);
  await screenshotBothWidths(teacher, 'cohorts-empty');

  let cohortId = '';
  let code = '';
  let inviteUrl = '';
  await test.step('create a cohort; its code, invite link and a new code after a confirmation', async () => {
    await teacher.locator('#cohort-name').fill('Neuro block B');
    await teacher.getByRole('button', { name: 'Create cohort' }).click();
    await teacher.waitForURL(/\/cohorts\/[0-9a-f-]+\/roster\?created=1$/);
    cohortId = /\/cohorts\/([0-9a-f-]+)\//.exec(teacher.url())![1]!;
    await expect(teacher.getByTestId('cohort-name')).toHaveText('Neuro block B');
    await expect(teacher.getByRole('link', { name: 'Roster' })).toHaveAttribute('aria-current', 'page');
    const firstCode = await teacher.getByTestId('join-code').locator('input').inputValue();
    expect(firstCode).toMatch(/^[A-Z0-9]{6,}$/);
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-roster-new');

    await teacher.getByRole('button', { name: 'Change the code' }).click();
    const dialog = teacher.getByTestId('rotate-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(firstCode);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-rotate-dialog');
    await dialog.getByRole('button', { name: 'Change the code' }).click();
    await expect(teacher.getByTestId('roster-done')).toContainText('New join code');
    code = await teacher.getByTestId('join-code').locator('input').inputValue();
    expect(code).not.toBe(firstCode);
    inviteUrl = await teacher.getByTestId('invite-link').locator('input').inputValue();
    expect(inviteUrl).toBe(`${new URL(teacher.url()).origin}/join/${code}`);
    // the copy button copies the link
    await teacherContext.grantPermissions(['clipboard-read', 'clipboard-write']);
    await teacher.getByTestId('invite-link').getByRole('button', { name: 'Copy' }).click();
    await expect(teacher.getByTestId('invite-link').getByRole('status')).toHaveText('Invite link copied.');
    expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
  });

  // student 1 opens the invite link as a visitor, signs up with the code filled in, and is in
  const ada = { name: 'Ada Okafor', email: uniqueEmail('ada') };
  const adaContext = await browser.newContext();
  const adaPage = await adaContext.newPage();
  await test.step('a visitor follows the invite link and joins while signing up', async () => {
    await adaPage.goto(inviteUrl);
    await expect(adaPage.getByTestId('invite-cohort')).toHaveText('Neuro block B');
    await expect(adaPage.getByTestId('invite-instructor')).toHaveText('Ines Duarte');
    await expectNoSeriousA11yViolations(adaPage);
    await screenshotBothWidths(adaPage, 'invite-visitor');
    await adaPage.getByRole('link', { name: 'Create an account and join' }).click();
    await expect(adaPage.getByLabel(/Join code/)).toHaveValue(code);
    await adaPage.getByLabel('Your name').fill(ada.name);
    await adaPage.getByLabel('E-mail address').fill(ada.email);
    await adaPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await screenshotBothWidths(adaPage, 'signup-with-code');
    await adaPage.getByRole('button', { name: 'Create account' }).click();
    await adaPage.waitForURL((url) => url.pathname === '/');
    await expect(adaPage.getByTestId('membership')).toHaveCount(1);
    await expect(adaPage.getByTestId('membership')).toContainText('Neuro block B');
    await expect(adaPage.getByTestId('membership')).toContainText('Instructor: Ines Duarte');
  });

  // student 2 signs up on their own and joins with the code from the home page
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await test.step('a student joins with the code from the home page', async () => {
    await signUp(ben, 'Ben Hollis');
    await expect(ben.getByTestId('my-cohorts')).toContainText('You are not in a cohort yet');
    await ben.getByLabel('Join a cohort').fill(code.toLowerCase());
    await ben.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(ben.getByTestId('cohort-joined')).toContainText('You joined Neuro block B');
    await expect(ben.getByTestId('membership')).toContainText('Neuro block B');
    // a wrong code says so next to the field
    await ben.getByLabel('Join another cohort').fill('NOPE1234');
    await ben.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(ben.locator('#join-code-error')).toContainText('No cohort has this join code');
  });

  const members = (await instructor.api.GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId } } })).data!;
  const adaId = members.find((m) => m.displayName === ada.name)!.userId;
  const benId = members.find((m) => m.displayName === 'Ben Hollis')!.userId;

  await test.step('the roster lists both; the dashboard shows them at zero', async () => {
    await teacher.getByRole('link', { name: 'Roster' }).click();
    await expect(teacher.getByTestId('roster-row')).toHaveCount(2);
    await teacher.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(teacher.getByTestId('grid-row')).toHaveCount(2);
    expect((await gridMastery(teacher, adaId)).every((m) => m === 0)).toBe(true);
    // the headline's cohort mastery per root: every root, not started, said in words
    const roots = teacher.getByTestId('cohort-root');
    await expect(roots).toHaveCount(7);
    expect(await roots.evaluateAll((els) => els.map((e) => e.getAttribute('data-root')))).toEqual([
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'S1',
      'S2',
    ]);
    for (const root of await roots.all()) await expect(root).toContainText(/0%\s*Not started/);
  });

  let cardCount = 0;
  await test.step('assign the disc-level deck at 5 new cards a day, with a target date', async () => {
    await teacher.getByRole('link', { name: 'Assignments' }).click();
    const deckSelect = teacher.getByLabel('Deck', { exact: true });
    await deckSelect.selectOption('disc-levels');
    cardCount = Number(/\((\d+) cards\)/.exec((await deckSelect.locator('option:checked').textContent()) ?? '')?.[1]);
    expect(cardCount).toBeGreaterThan(5);
    await teacher.getByLabel('New cards a day').fill('5');
    const target = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    await teacher.getByLabel(/Target date/).fill(target);
    const days = Math.ceil(cardCount / 5);
    await expect(teacher.getByTestId('days-at-pace')).toContainText(`${days} study days`);
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-assignments-form');
    await teacher.getByRole('button', { name: 'Assign the deck' }).click();
    await expect(teacher.getByTestId('assignments-done')).toContainText('Disc levels is assigned');
    const row = teacher.getByTestId('assignment-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('assignment-days')).toHaveText(String(days));
    await screenshotBothWidths(teacher, 'cohort-assignments');
  });

  await test.step('the student’s home shows the assignment; they review five of its cards', async () => {
    await adaPage.goto('/');
    const assignment = adaPage.getByTestId('assignment');
    await expect(assignment).toContainText('Disc levels');
    await expect(assignment.getByTestId('assignment-seen')).toHaveText(`0 / ${cardCount}`);
    await expect(assignment).toContainText('5 new cards a day');
    await expect(assignment).toContainText('days left');
    await expectNoSeriousA11yViolations(adaPage);
    await screenshotBothWidths(adaPage, 'home-assignment');

    await adaPage.goto('/review?deck=disc-levels');
    for (let i = 0; i < 5; i++) await reviewOne(adaPage);
    await expectOutboxEmpty(adaPage);
    await adaPage.goto('/');
    await expect(adaPage.getByTestId('assignment').getByTestId('assignment-seen')).toHaveText(`5 / ${cardCount}`);
  });

  await test.step('the dashboard shows her mastery moved; sort, chart, who is behind', async () => {
    await teacher.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect.poll(async () => Math.max(...(await gridMastery(teacher, adaId)))).toBeGreaterThan(0);
    expect((await gridMastery(teacher, benId)).every((m) => m === 0)).toBe(true);
    // sorted by the mean, highest first: Ada leads; again: lowest first
    await teacher.getByRole('button', { name: /^Mean/ }).click();
    await expect(teacher.locator('th[aria-sort="descending"]')).toContainText('Mean');
    await expect(teacher.getByTestId('grid-row').first()).toHaveAttribute('data-user', adaId);
    await teacher.getByRole('button', { name: /^Mean/ }).click();
    await expect(teacher.getByTestId('grid-row').first()).toHaveAttribute('data-user', benId);
    // Ben has not started the assigned cards: he is behind, and the list says why
    const behind = teacher.getByTestId('behind-list');
    await expect(behind.locator(`[data-user="${benId}"]`)).toContainText('behind the pace of an assignment');
    // the cohort's mean mastery moved too (Ada's half of it), with its level in words beside the value
    const cohortMastery = async () =>
      teacher
        .locator('[data-testid="cohort-root"] [data-mastery]')
        .evaluateAll((els) => els.map((e) => ({ mastery: Number(e.getAttribute('data-mastery')), text: e.textContent ?? '' })));
    const means = await cohortMastery();
    expect(Math.max(...means.map((m) => m.mastery))).toBeGreaterThan(0);
    const adaMax = Math.max(...(await gridMastery(teacher, adaId)));
    expect(Math.max(...means.map((m) => m.mastery))).toBeCloseTo(adaMax / 2, 3);
    for (const m of means) expect(m.text).toMatch(/\d+%\s*(Not started|Learning|Familiar|Proficient|Mastered)/);
    for (const id of ['chart-cohort-mastery', 'chart-cohort-activity']) {
      const figure = teacher.getByTestId(id);
      await expect(figure.getByRole('img')).toBeVisible();
      await expect
        .poll(() => figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.toDataURL().length > 3000))
        .toBe(true);
    }
    await teacher.getByRole('link', { name: 'By day' }).click();
    await expect(teacher).toHaveURL(/view=day/);
    await teacher.getByTestId('chart-cohort-mastery').getByText('Show the data as a table').click();
    await expect(teacher.getByTestId('chart-cohort-mastery').getByRole('table')).toBeVisible();
    await teacher.getByLabel('Inactive after').fill('3');
    await teacher.getByRole('button', { name: 'Apply' }).click();
    await expect(teacher).toHaveURL(/inactive=3/);
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-dashboard');
  });

  await test.step('the exports download through the same origin, her row included', async () => {
    const roster = await download(teacher, 'export-roster');
    expect(roster.name).toMatch(/^neuro-block-b-roster-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = roster.text.trim().split(/\r?\n/);
    expect(roster.text.charCodeAt(0)).not.toBe(0xfeff);
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['student_id', 'display_name', 'email']);
    const adaRow = rows.find((r) => r.includes(ada.name))!.split(',');
    expect(adaRow[columns.indexOf('student_id')]).toBe(adaId);
    expect(Number(adaRow[columns.indexOf('reviews_total')])).toBe(5);
    const masteries = columns.flatMap((c, i) => (c.endsWith('_mastery') ? [Number(adaRow[i])] : []));
    expect(Math.max(...masteries)).toBeGreaterThan(0);

    await teacher.getByLabel(/For Excel/).check();
    const daily = await download(teacher, 'export-daily');
    expect(daily.name).toMatch(/mastery-daily/);
    expect(daily.text.charCodeAt(0)).toBe(0xfeff);
    expect(daily.text).toContain(adaId);
  });

  await test.step('the student detail page: her history, mastery now, activity, assignment', async () => {
    await teacher.getByTestId('mastery-grid').getByRole('link', { name: ada.name }).click();
    await teacher.waitForURL(new RegExp(`/cohorts/${cohortId}/students/${adaId}$`));
    await expect(teacher.getByTestId('student-name')).toHaveText(ada.name);
    await expect(teacher.getByTestId('student-reviews')).toHaveText('5');
    await expect(teacher.getByTestId('assignment').getByTestId('assignment-seen')).toHaveText(`5 / ${cardCount}`);
    await expect(teacher.getByTestId('chart-student-history').getByRole('img')).toBeVisible();
    await expect(teacher.getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-student');
  });

  await test.step('a second cohort: a student joins and leaves it; it is archived, restored and the first renamed', async () => {
    await teacher.goto('/cohorts');
    await teacher.locator('#cohort-name').fill('Revision group');
    await teacher.getByRole('button', { name: 'Create cohort' }).click();
    await teacher.waitForURL(/\/roster\?created=1$/);
    const otherCode = await teacher.getByTestId('join-code').locator('input').inputValue();
    await ben.goto('/');
    await ben.getByLabel('Join another cohort').fill(otherCode);
    await ben.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(ben.getByTestId('membership')).toHaveCount(2);
    await ben.getByTestId('membership').filter({ hasText: 'Revision group' }).getByRole('button', { name: /Leave/ }).click();
    const leave = ben.getByTestId('leave-dialog');
    await expect(leave).toBeVisible();
    await expect(leave.getByRole('heading')).toHaveText('Leave Revision group?');
    await expectNoSeriousA11yViolations(ben);
    await screenshotBothWidths(ben, 'home-leave-dialog');
    await leave.getByRole('button', { name: 'Leave the cohort' }).click();
    await expect(ben.getByRole('status').filter({ hasText: 'You left Revision group' })).toBeVisible();
    await expect(ben.getByTestId('membership')).toHaveCount(1);

    await teacher.goto('/cohorts');
    await teacher.getByRole('button', { name: 'Archive Revision group' }).click();
    await teacher.getByTestId('archive-dialog').getByRole('button', { name: 'Archive' }).click();
    await expect(teacher.getByRole('region', { name: 'Archived' }).getByTestId('cohort-row')).toContainText('Revision group');
    await teacher.getByRole('button', { name: 'Rename Neuro block B' }).click();
    await teacher.getByLabel('New name for Neuro block B').fill('Neuro block B 2026');
    await teacher.getByRole('button', { name: 'Save' }).click();
    await expect(teacher.getByTestId('cohorts-done')).toContainText('Renamed to Neuro block B 2026');
    await expect(teacher.locator(`[data-cohort="${cohortId}"] [data-testid="member-count"]`)).toHaveText('2 students');
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohorts-list');
    await teacher.getByRole('button', { name: 'Restore Revision group' }).click();
    await expect(teacher.getByRole('region', { name: 'Archived' })).toHaveCount(0);
  });

  await test.step('the instructor removes a student: gone from the roster, the dashboard and his home', async () => {
    await teacher.goto(`/cohorts/${cohortId}/roster`);
    await teacher
      .getByTestId('roster-row')
      .filter({ hasText: 'Ben Hollis' })
      .getByRole('button', { name: /Remove/ })
      .click();
    const dialog = teacher.getByTestId('remove-dialog');
    await expect(dialog.getByRole('heading')).toHaveText('Remove Ben Hollis?');
    await screenshotBothWidths(teacher, 'cohort-remove-dialog');
    await dialog.getByRole('button', { name: 'Remove from the cohort' }).click();
    await expect(teacher.getByTestId('roster-done')).toContainText('Ben Hollis was removed');
    await expect(teacher.getByTestId('roster-row')).toHaveCount(1);
    await expectNoSeriousA11yViolations(teacher);
    await screenshotBothWidths(teacher, 'cohort-roster');
    await teacher.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(teacher.getByTestId('grid-row')).toHaveCount(1);
    await ben.goto('/');
    await expect(ben.getByTestId('membership')).toHaveCount(0);
  });

  await test.step('removing the assignment keeps her history', async () => {
    await teacher.getByRole('link', { name: 'Assignments', exact: true }).click();
    await teacher
      .getByTestId('assignment-row')
      .getByRole('button', { name: /Remove/ })
      .click();
    const dialog = teacher.getByTestId('remove-assignment-dialog');
    await expect(dialog).toContainText('Everything they have studied stays');
    await dialog.getByRole('button', { name: 'Remove the assignment' }).click();
    await expect(teacher.getByTestId('assignments-done')).toContainText('Disc levels is no longer assigned');
    await expect(teacher.getByTestId('assignment-row')).toHaveCount(0);
    await teacher.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(teacher.getByTestId('grid-row')).toHaveCount(1);
    await expect.poll(async () => Math.max(...(await gridMastery(teacher, adaId)))).toBeGreaterThan(0);
    await adaPage.goto('/');
    await expect(adaPage.getByTestId('membership')).toContainText('No decks assigned yet');
  });

  await test.step('a student cannot open the cohort pages', async () => {
    await adaPage.goto(`/cohorts/${cohortId}`);
    await expect(adaPage.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(adaPage.getByText('Only instructors manage cohorts')).toBeVisible();
  });

  for (const context of [teacherContext, adaContext, benContext]) await context.close();
});

test('a signed-in student joins through an invite link; an instructor lands on the cohort list', async ({ browser }) => {
  const instructor = await createAccount({ role: 'instructor', displayName: 'Oskar Lind' });
  const { data: cohort } = await instructor.api.POST('/api/cohorts', { body: { name: 'Physio 2' } });
  const student = await createAccount({ displayName: 'Cleo Park' });
  const context = await contextFor(browser, student);
  const page = await context.newPage();
  await page.goto(cohort!.invitePath);
  await expect(page.getByTestId('invite-cohort')).toHaveText('Physio 2');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'invite-signed-in');
  await page.getByRole('button', { name: 'Join Physio 2' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByTestId('cohort-joined')).toContainText('You joined Physio 2');
  // back on the link: the API says she already belongs (alreadyMember), and the page points at the cohort on her home
  await page.goto(cohort!.invitePath);
  await expect(page.getByTestId('already-member')).toHaveText(/You are already in this cohort/);
  await expect(page.getByRole('button', { name: 'Join Physio 2' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'invite-already-member');
  await page.getByRole('link', { name: 'See it on your home page' }).click();
  await page.waitForURL((url) => url.pathname === '/' && url.hash === `#cohort-${cohort!.id}`);
  await expect(page.locator(`#cohort-${cohort!.id}`)).toContainText('Physio 2');
  // another student, in a cohort of the same name whose instructor has the same name, but not in this one: offered to join
  const namesake = await createAccount({ role: 'instructor', displayName: 'Oskar Lind' });
  const { data: twin } = await namesake.api.POST('/api/cohorts', { body: { name: 'Physio 2' } });
  const other = await createAccount({ displayName: 'Dev Shah', joinCode: twin!.joinCode });
  const otherContext = await contextFor(browser, other);
  const otherPage = await otherContext.newPage();
  await otherPage.goto(cohort!.invitePath);
  await expect(otherPage.getByRole('button', { name: 'Join Physio 2' })).toBeVisible();
  await expect(otherPage.getByTestId('already-member')).toHaveCount(0);
  await otherContext.close();
  // an unknown code says so
  await page.goto('/join/ZZZZZZZZ');
  await expect(page.getByRole('alert')).toContainText('This invite link does not work');
  await context.close();
});
