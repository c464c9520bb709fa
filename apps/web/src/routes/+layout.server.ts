import type { LayoutServerLoad } from './$types';
import { apiFor } from '$lib/api';

export const load: LayoutServerLoad = async (event) => {
  let health: { status: string; database: string; databaseStatus: string } | null = null;
  try {
    // 503 (database down) carries the same report as 200.
    const { data, error } = await apiFor(event).GET('/api/health');
    health = data ?? (error && 'databaseStatus' in error ? error : null);
  } catch {
    health = null;
  }
  return { user: event.locals.user, health };
};
