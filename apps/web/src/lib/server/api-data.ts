import { error, redirect } from '@sveltejs/kit';

interface ApiResult<T> {
  data?: T;
  error?: { message?: string } | unknown;
  response: Response;
}

/**
 * The data of a typed-client call made by a server load, or the matching SvelteKit error:
 * 401 (the session ended meanwhile) sends the learner to log in again.
 */
export async function required<T>(call: Promise<ApiResult<T>>, loginAgain: string): Promise<T> {
  const { data, error: body, response } = await call;
  if (data !== undefined && response.ok) return data;
  if (response.status === 401) redirect(303, loginAgain);
  const message = (body as { message?: string } | undefined)?.message ?? response.statusText;
  error(response.status >= 400 ? response.status : 502, message);
}
