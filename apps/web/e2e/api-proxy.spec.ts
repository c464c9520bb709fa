import { expect, test } from '@playwright/test';

/** The web server proxies /api to the API; an oversized body gets 413 (as the API would say), never 502. */
test('an oversized request body through the web server is answered 413, not 502', async ({ request, baseURL }) => {
  for (const size of [600_000, 2_000_000]) {
    const res = await request.post('/api/auth/login', {
      headers: { 'content-type': 'application/json', origin: baseURL! },
      data: JSON.stringify({ email: 'someone@example.edu', password: 'x'.repeat(size) }),
    });
    expect(res.status()).toBe(413);
    expect(await res.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
  }
  // A body of ordinary size still reaches the API.
  const ok = await request.post('/api/auth/login', {
    headers: { 'content-type': 'application/json', origin: baseURL! },
    data: JSON.stringify({ email: 'someone@example.edu', password: 'not-the-password-1' }),
  });
  expect(ok.status()).toBe(401);
});
