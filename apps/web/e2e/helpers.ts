import { createApiClient, type ApiClient } from '@dermatome/api-client';
import { VIEW_IDS, cardByKey, cards, expectedAnswer, mapViews, type Card, type ViewId } from '@dermatome/data';
import { expect, type Locator, type Page } from '@playwright/test';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_WEB_PORT ?? 3100}`;
export const PASSWORD = 'correct-horse-42';

let counter = 0;

/** A fresh e-mail address per call, unique across runs. */
export function uniqueEmail(tag: string): string {
  counter += 1;
  return `${tag}-${Date.now().toString(36)}-${counter}@e2e.example`;
}

/**
 * Signs up through the page (the form the learner uses) and lands on `expectedPath`; with
 * `instructor`, ticks "I am an instructor" (an instructor's home is /cohorts).
 */
export async function signUp(
  page: Page,
  name = 'Sam Okafor',
  expectedPath = '/',
  options: { instructor?: boolean } = {},
): Promise<string> {
  const email = uniqueEmail(options.instructor ? 'instructor' : 'learner');
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  if (options.instructor) await page.getByLabel('I am an instructor').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === expectedPath);
  return email;
}

/** The typed API client acting as the learner signed in on `page` (its cookies). */
export async function apiClientFor(page: Page): Promise<ApiClient> {
  const cookies = await page.context().cookies(BASE_URL);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return createApiClient({
    baseUrl: BASE_URL,
    fetch: (request: Request) => {
      request.headers.set('cookie', cookie);
      return fetch(request);
    },
  });
}

/** Clicks a map drawn inline at the given view coordinates (the SVG keeps its aspect ratio), scrolled into view first. */
export async function clickMapAt(page: Page, map: Locator, view: ViewId, point: { x: number; y: number }): Promise<void> {
  const svg = map.locator('svg.dm-map');
  const [vx, vy, vw, vh] = mapViews[view].viewBox.split(' ').map(Number) as [number, number, number, number];
  const target = async () => {
    const box = await svg.boundingBox();
    if (!box) throw new Error('the map is not on screen');
    const scale = Math.min(box.width / vw, box.height / vh);
    const offsetX = (box.width - vw * scale) / 2;
    const offsetY = (box.height - vh * scale) / 2;
    return { x: box.x + offsetX + (point.x - vx) * scale, y: box.y + offsetY + (point.y - vy) * scale };
  };
  let spot = await target();
  const height = page.viewportSize()?.height ?? 800;
  if (spot.y < 0 || spot.y > height) {
    await page.evaluate((dy) => window.scrollBy(0, dy), spot.y - height / 2);
    spot = await target();
  }
  await page.mouse.click(spot.x, spot.y);
}

/** The view a drawn map shows, read from its class (dm-map-anterior, dm-map-posterior, dm-map-plantar). */
export function viewOfMapClass(className: string | null): ViewId {
  return VIEW_IDS.find((view) => className?.includes(`dm-map-${view}`)) ?? 'anterior';
}

/**
 * Where a learner who knows the answer clicks for the click card with this prompt: the package's
 * expected point (a key point, or well inside the zone or nerve territory, on the side asked).
 */
export function knownClickPoint(prompt: string): { x: number; y: number } {
  const card = cards.find((c) => c.answer.kind === 'click' && c.prompt === prompt.trim());
  if (!card) throw new Error(`no click card with the prompt: ${prompt}`);
  const expected = expectedAnswer(card);
  if (expected.kind !== 'click' || !expected.point) throw new Error(`no expected point for: ${prompt}`);
  return expected.point;
}

/** The ratings waiting in the page's outbox (localStorage). */
export async function outboxItems(page: Page): Promise<{ reviewId: string; cardId: string }[]> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('dermatome:outbox:'));
    return key ? (JSON.parse(localStorage.getItem(key) ?? '[]') as { reviewId: string; cardId: string }[]) : [];
  });
}

export async function expectOutboxEmpty(page: Page): Promise<void> {
  await expect.poll(async () => (await outboxItems(page)).length, { timeout: 20_000 }).toBe(0);
}

export interface Account {
  email: string;
  userId: string;
  displayName: string;
  /** The session cookie's value (dt_session). */
  session: string;
  /** The typed API client acting as this account. */
  api: ApiClient;
}

/**
 * An account made through the API, as a script would: quicker than the sign-up page for the
 * accounts a test does not drive (the page is tested with students and with an instructor).
 */
export async function createAccount(options: {
  displayName: string;
  role?: 'student' | 'instructor';
  joinCode?: string;
}): Promise<Account> {
  const email = uniqueEmail(options.role ?? 'student');
  const response = await fetch(`${BASE_URL}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password: PASSWORD,
      displayName: options.displayName,
      role: options.role ?? 'student',
      timeZone: 'UTC',
      ...(options.joinCode ? { joinCode: options.joinCode } : {}),
    }),
  });
  if (!response.ok) throw new Error(`register ${options.displayName}: ${response.status} ${await response.text()}`);
  const user = (await response.json()) as { id: string };
  const session = /dt_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!session) throw new Error('no session cookie after registering');
  const api = createApiClient({
    baseUrl: BASE_URL,
    fetch: (request: Request) => {
      request.headers.set('cookie', `dt_session=${session}`);
      return fetch(request);
    },
  });
  return { email, userId: user.id, displayName: options.displayName, session, api };
}

/** Logs in through the login page (the form a returning user uses). */
export async function logIn(page: Page, email: string, expectedPath: string | RegExp = '/'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) =>
    typeof expectedPath === 'string' ? url.pathname === expectedPath : expectedPath.test(url.pathname),
  );
}

/** A browser context signed in as the account (its session cookie), without going through the login page. */
export async function contextFor(browser: import('@playwright/test').Browser, account: Account) {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'dt_session', value: account.session, url: BASE_URL, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

/**
 * Leaves only the given cards of their sub-deck in the learner's queue (every other card of that
 * sub-deck suspended through the API), so that a test meets exactly the cards it names, in bank order.
 */
export async function onlyTheseCards(api: ApiClient, keys: string[]): Promise<{ deck: string; cards: Card[] }> {
  const wanted = keys.map((key) => {
    const found = cardByKey(key);
    if (!found) throw new Error(`no card ${key} in the bank`);
    return found;
  });
  const deck = wanted[0]!.deck;
  if (wanted.some((c) => c.deck !== deck)) throw new Error('onlyTheseCards takes cards of one sub-deck');
  const ids = new Set(wanted.map((c) => c.id));
  for (const other of cards.filter((c) => c.deck === deck && !ids.has(c.id))) {
    const { response } = await api.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: other.id } } });
    if (!response.ok) throw new Error(`suspend ${other.id}: ${response.status}`);
  }
  return { deck, cards: wanted };
}

/** Where a locate card's right spot is (the point the data package grades as right). */
export function rightSpot(card: Card): { view: ViewId; x: number; y: number } {
  const expected = expectedAnswer(card);
  if (expected.kind !== 'click' || !expected.point) throw new Error(`${card.key} has no spot to click`);
  return { view: expected.view, x: expected.point.x, y: expected.point.y };
}
