import { error, redirect, type Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { proxyToApi } from '$lib/server/api-proxy';
import { fetchCurrentUser, isPublicPage, loginUrl, SESSION_COOKIE } from '$lib/server/session';

const apiOrigin = env.API_ORIGIN ?? 'http://127.0.0.1:3001';
/** Who may frame the pages: the same variable as the API's (e.g. LTI platforms); only the app itself by default. */
const frameAncestors = env.FRAME_ANCESTORS?.trim() || "'self'";

/** Headers every page carries beside the content security policy SvelteKit writes (kit.csp). */
function secure(response: Response): Response {
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  // A second policy only restricts framing; browsers enforce both.
  response.headers.append('Content-Security-Policy', `frame-ancestors ${frameAncestors}`);
  return response;
}

export const handle: Handle = async ({ event, resolve }) => {
  const { pathname, search } = event.url;
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    return proxyToApi(event, apiOrigin);
  }
  try {
    event.locals.user = await fetchCurrentUser(apiOrigin, event.cookies.get(SESSION_COOKIE));
  } catch {
    // The pages that need no account still open, so that the footer can say what is wrong.
    event.locals.user = null;
    if (!isPublicPage(pathname)) error(503, 'The study server is not reachable right now. Try again in a moment.');
  }
  if (!event.locals.user && !isPublicPage(pathname)) {
    redirect(303, loginUrl(pathname + search));
  }
  return secure(await resolve(event));
};
