import { expect, test } from '@playwright/test';
import { PASSWORD, signUp, uniqueEmail } from './helpers';
import { expectNoSeriousA11yViolations, screenshotBothWidths } from './support';

test('a signed-out visitor is sent to log in, and back to the page they wanted', async ({ page }) => {
  await page.goto('/stats?range=30');
  await expect(page).toHaveURL(/\/login\?next=%2Fstats%3Frange%3D30$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'login');

  // no account yet: sign up from the login page keeps where the visitor was going
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/signup\?next=%2Fstats%3Frange%3D30$/);
  const email = await signUpWithErrorsFirst(page);
  await expect(page).toHaveURL(/\/stats\?range=30$/);
  await expect(page.getByTestId('user-name')).toHaveText('Ada Lovelace');

  // log out (a POST form), then log in again with a wrong and then the right password
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That e-mail address and password do not match an account.');
  await expect(page.getByLabel('E-mail address')).toHaveValue(email);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'login-error');

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

async function signUpWithErrorsFirst(page: import('@playwright/test').Page): Promise<string> {
  const email = uniqueEmail('ada');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('E-mail address').fill('not-an-address');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();

  const emailField = page.getByLabel('E-mail address');
  const passwordField = page.getByLabel('Password', { exact: true });
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#email-error')).toContainText('valid e-mail address');
  await expect(page.getByLabel('Your name')).toHaveValue('Ada Lovelace');

  // the address fixed, the API checks the password rules
  await emailField.fill(email);
  await passwordField.fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#password-error')).toContainText('at least 10 characters');
  await expect(emailField).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'signup-errors');

  await passwordField.fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  return email;
}

test('signing up twice with one address says so next to the field', async ({ page, browser }) => {
  const email = await signUp(page, 'First Learner');
  const other = await browser.newPage();
  await other.goto('/signup');
  await other.getByLabel('Your name').fill('Second Learner');
  await other.getByLabel('E-mail address').fill(email);
  await other.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await other.getByRole('button', { name: 'Create account' }).click();
  await expect(other.locator('#email-error')).toContainText('already exists');
  await other.close();
});

test('the sign-up sends the browser time zone', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await signUp(page, 'Zoe Zone');
  const settings = await page.request.get('/api/study/settings');
  expect((await settings.json()).timeZone).toBe('America/New_York');
  await context.close();
});
