import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';
export { LIMITS } from './limits.js';
/** A schema of the API by name, e.g. `Schema<'HealthDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export type ApiClient = Client<paths>;

/** One problem with one request field (`field` null: the request as a whole). */
export type FieldProblem = components['schemas']['FieldProblemDto'];

/** Error body of every failed call: `{ statusCode, error, message, details? }`; every 400 has `details`. */
export type ApiError = components['schemas']['ErrorDto'];

/**
 * The typed client. In the browser use `createApiClient()` (same origin); on the server or in
 * tests pass a `baseUrl` and, where needed, a `fetch` that carries cookies.
 */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>({ baseUrl: '', ...options });
}
