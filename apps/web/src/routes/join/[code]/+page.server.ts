import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';

/**
 * An invite link: shows the cohort and its instructor (no account needed), then lets a signed-in
 * student join, or sends a visitor to sign up (the code filled in) or log in (and come back here).
 */
export const load: PageServerLoad = async (event) => {
  const code = event.params.code.trim().toUpperCase();
  const { data, error, response } = await apiFor(event).GET('/api/join/{code}', { params: { path: { code } } });
  const preview = data ?? null;
  const problem = preview
    ? null
    : response.status === 404
      ? 'This invite link does not work: the code may have been changed. Ask your instructor for the current link or code.'
      : ((error as { message?: string } | undefined)?.message ?? 'The invite could not be checked right now.');
  return { code, preview, problem };
};

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
    const code = event.params.code.trim().toUpperCase();
    const { data, error, response } = await apiFor(event).POST('/api/memberships', { body: { code } });
    if (data) redirect(303, `/?joined=${encodeURIComponent(data.cohortName)}#cohort-${data.cohortId}`);
    return fail(response.status, { message: (error as { message?: string } | undefined)?.message ?? 'Joining failed.' });
  },
};
