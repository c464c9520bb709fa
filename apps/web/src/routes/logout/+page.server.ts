import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { SESSION_COOKIE } from '$lib/server/session';

/** Logging out is a POST (the nav's form); opening /logout just goes home. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    await apiFor(event)
      .POST('/api/auth/logout')
      .catch(() => undefined);
    event.cookies.delete(SESSION_COOKIE, { path: '/' });
    redirect(303, '/login');
  },
};
