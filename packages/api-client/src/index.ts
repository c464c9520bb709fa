import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';
/** A schema of the API by name, e.g. `Schema<'HealthDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export type ApiClient = Client<paths>;

/** Error body of every failed call: `{ statusCode, error, message }`. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: string[];
}

/**
 * The typed client. In the browser use `createApiClient()` (same origin); on the server or in
 * tests pass a `baseUrl` and, where needed, a `fetch` that carries cookies.
 */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>({ baseUrl: '', ...options });
}
