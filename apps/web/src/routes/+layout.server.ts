import type { LayoutServerLoad } from './$types';
import { apiFor } from '$lib/api';

export const load: LayoutServerLoad = async (event) => {
  let health: { status: string; database: string } | null = null;
  try {
    const { data } = await apiFor(event).GET('/api/health');
    health = data ?? null;
  } catch {
    health = null;
  }
  return { user: event.locals.user, health };
};
