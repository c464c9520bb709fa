import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { apiMessage, text } from '$lib/server/form';
import { loginUrl } from '$lib/server/session';

/** The roster, and what a student needs to join: the code and the invite link on this origin. */
export const load: PageServerLoad = async (event) => {
  const { cohortId } = event.params;
  const members = await required(
    apiFor(event).GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId } } }),
    loginUrl(event.url.pathname),
  );
  const { cohort } = await event.parent();
  return {
    members,
    inviteUrl: new URL(cohort.invitePath, event.url.origin).href,
    created: event.url.searchParams.has('created'),
  };
};

export const actions: Actions = {
  rotate: async (event) => {
    const { cohortId } = event.params;
    const { data, error, response } = await apiFor(event).POST('/api/cohorts/{cohortId}/join-code', {
      params: { path: { cohortId } },
    });
    if (data) return { done: `New join code: ${data.joinCode}. The old code and invite link no longer work.` };
    return fail(response.status, { problem: apiMessage(error, 'The code was not changed.') });
  },
  remove: async (event) => {
    const { cohortId } = event.params;
    const form = await event.request.formData();
    const userId = text(form, 'userId');
    const name = text(form, 'name') || 'The student';
    const { error, response } = await apiFor(event).DELETE('/api/cohorts/{cohortId}/members/{userId}', {
      params: { path: { cohortId, userId } },
    });
    if (response.ok) return { done: `${name} was removed from the cohort. Their own study history is kept.` };
    return fail(response.status, { problem: apiMessage(error, 'The student was not removed.') });
  },
};
