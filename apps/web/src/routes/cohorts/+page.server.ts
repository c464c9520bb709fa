import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { apiMessage, text } from '$lib/server/form';

/** The instructor's cohorts (archived ones last, as the API orders them). */
export const load: PageServerLoad = async (event) => {
  const cohorts = await required(apiFor(event).GET('/api/cohorts'), '/login?next=/cohorts');
  return { cohorts };
};

async function update(event: RequestEvent, change: { name?: string; archived?: boolean }, done: string) {
  const form = await event.request.formData();
  const cohortId = text(form, 'cohortId');
  if (change.name !== undefined) {
    change.name = text(form, 'name');
    if (!change.name) return fail(400, { rename: { cohortId, error: 'Enter a name.' } });
  }
  const { data, error, response } = await apiFor(event).PATCH('/api/cohorts/{cohortId}', {
    params: { path: { cohortId } },
    body: change,
  });
  if (data) return { done: done.replace('{name}', data.name) };
  const message = apiMessage(error, 'The change was not saved.');
  return fail(response.status, change.name !== undefined ? { rename: { cohortId, error: message } } : { problem: message });
}

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const name = text(form, 'name');
    if (!name) return fail(400, { create: { name, error: 'Enter a name for the cohort, e.g. "Neuro block 2026, group B".' } });
    const { data, error, response } = await apiFor(event).POST('/api/cohorts', { body: { name } });
    if (data) redirect(303, `/cohorts/${data.id}/roster?created=1`);
    return fail(response.status, { create: { name, error: apiMessage(error, 'The cohort was not created.') } });
  },
  rename: (event) => update(event, { name: '' }, 'Renamed to {name}.'),
  archive: (event) =>
    update(event, { archived: true }, '{name} is archived: its assignments are paused and it takes no new members.'),
  restore: (event) => update(event, { archived: false }, '{name} is active again.'),
};
