import type { Schema } from '@dermatome/api-client';

export const SESSION_COOKIE = 'dt_session';

/** The pages where one signs in or out: never a place to come back to after logging in. */
const AUTH_PAGES = new Set(['/login', '/signup', '/logout']);

/** Pages open to everyone, signed in or not (the atlas). */
const OPEN_PAGES = new Set(['/atlas']);

const normalise = (pathname: string) => pathname.replace(/\/$/, '') || '/';

/**
 * Pages a signed-out visitor may open; every other page sends them to log in first. An invite
 * link (/join/<code>) shows its cohort before the visitor has an account.
 */
export function isPublicPage(pathname: string): boolean {
  const path = normalise(pathname);
  return AUTH_PAGES.has(path) || OPEN_PAGES.has(path) || /^\/join\/[^/]+$/.test(path);
}

/**
 * Asks the API who owns the session cookie. Goes straight to the API server (not through the
 * /api proxy) with only the session cookie. null when signed out or the session has ended.
 */
export async function fetchCurrentUser(apiOrigin: string, sessionToken: string | undefined): Promise<Schema<'UserDto'> | null> {
  if (!sessionToken) return null;
  const response = await fetch(new URL('/api/auth/me', apiOrigin), {
    headers: { cookie: `${SESSION_COOKIE}=${sessionToken}`, accept: 'application/json' },
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`GET /api/auth/me answered ${response.status}`);
  return (await response.json()) as Schema<'UserDto'>;
}

/**
 * Where to go after logging in: a path on this site taken from `?next=`, never another origin
 * (`//evil.example` or `/\evil.example` would be one) and never back to the login pages.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const path = next.split(/[?#]/)[0] ?? '/';
  return AUTH_PAGES.has(normalise(path)) ? '/' : next;
}

/** The login page for a visitor who wanted `path` (with its query). */
export function loginUrl(path: string): string {
  return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
