import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { apiMessage, text } from '$lib/server/form';
import { loginUrl } from '$lib/server/session';

/** The learner's suspended cards (by hand or as leeches). */
export const load: PageServerLoad = async (event) => {
  const suspended = await required(apiFor(event).GET('/api/study/cards/suspended'), loginUrl(event.url.pathname));
  return { suspended };
};

export const actions: Actions = {
  /** Brings one card back into the learner's reviews, on its old schedule. */
  unsuspend: async (event) => {
    const form = await event.request.formData();
    const cardId = text(form, 'cardId');
    const { data, error, response } = await apiFor(event).POST('/api/study/cards/{cardId}/unsuspend', {
      params: { path: { cardId } },
    });
    if (data) return { unsuspended: text(form, 'prompt') || 'The card' };
    return fail(response.status, { problem: apiMessage(error, 'The card was not brought back.') });
  },
};
