import { createApiClient, type ApiClient } from '@dermatome/api-client';

/**
 * The typed API client for a server load or action: goes through SvelteKit's fetch, so the
 * learner's cookies travel with it and `/api` is reached through the same origin.
 */
export function apiFor(event: { fetch: typeof fetch; url: URL }): ApiClient {
  return createApiClient({ baseUrl: event.url.origin, fetch: event.fetch });
}

/** The typed API client in the browser (same origin). */
export const browserApi: ApiClient = createApiClient();
