import { randomUUID } from 'node:crypto';
import type { ApiClient } from '@dermatome/api-client';
import type { TestApp } from './test-app';

export const GOOD_PASSWORD = 'correct-horse-42';

/** Registers a fresh account through the API and returns a client signed in as it. */
export async function signUp(t: TestApp, overrides: { role?: 'student' | 'instructor'; timeZone?: string; email?: string } = {}) {
  const client = t.client();
  const email = overrides.email ?? `learner-${randomUUID().slice(0, 8)}@example.edu`;
  const { data, error, response } = await client.POST('/api/auth/register', {
    body: {
      email,
      password: GOOD_PASSWORD,
      displayName: 'Test Learner',
      ...(overrides.role ? { role: overrides.role } : {}),
      ...(overrides.timeZone ? { timeZone: overrides.timeZone } : {}),
    },
  });
  if (!data) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(error)}`);
  return { client, user: data, email };
}

export async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: string }[] = await t.dataSource.query(sql, params);
  return Number(rows[0]?.n ?? 0);
}

export type Client = ApiClient;
