import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { apiMessage, text } from '$lib/server/form';
import { loginUrl } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  const { cohortId } = event.params;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname);
  const [assignments, decks] = await Promise.all([
    required(api.GET('/api/cohorts/{cohortId}/assignments', { params: { path: { cohortId } } }), login),
    required(api.GET('/api/decks'), login),
  ]);
  return { assignments, decks };
};

type Field = 'deckId' | 'startDate' | 'newPerDay' | 'targetDate';

export const actions: Actions = {
  assign: async (event) => {
    const { cohortId } = event.params;
    const form = await event.request.formData();
    const values = {
      deckId: text(form, 'deckId'),
      startDate: text(form, 'startDate'),
      newPerDay: text(form, 'newPerDay'),
      targetDate: text(form, 'targetDate'),
    };
    const fields: Partial<Record<Field, string>> = {};
    if (!values.deckId) fields.deckId = 'Choose a deck.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startDate)) fields.startDate = 'Enter the first study date.';
    const newPerDay = Number(values.newPerDay);
    if (!Number.isInteger(newPerDay) || newPerDay < 1) fields.newPerDay = 'Enter a whole number of new cards a day, 1 or more.';
    if (values.targetDate && values.startDate && values.targetDate < values.startDate)
      fields.targetDate = 'The target date must be on or after the start date.';
    if (Object.keys(fields).length > 0) return fail(400, { values, fields, problem: null });

    const { data, error, response } = await apiFor(event).POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId } },
      body: {
        deckId: values.deckId,
        startDate: values.startDate,
        newPerDay,
        ...(values.targetDate ? { targetDate: values.targetDate } : {}),
      },
    });
    if (data) return { done: `${data.deckTitle} is assigned: ${data.newPerDay} new cards a day from ${data.startDate}.` };
    const message = apiMessage(error, 'The deck was not assigned.');
    const named = (['deckId', 'startDate', 'newPerDay', 'targetDate'] as const).find((f) => message.includes(f));
    return fail(response.status, {
      values,
      fields: named ? { [named]: message.replace(named, fieldWords[named]) } : {},
      problem: named ? null : message,
    });
  },
  remove: async (event) => {
    const { cohortId } = event.params;
    const form = await event.request.formData();
    const assignmentId = text(form, 'assignmentId');
    const { error, response } = await apiFor(event).DELETE('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
    });
    if (response.ok)
      return { done: `${text(form, 'deckTitle') || 'The assignment'} is no longer assigned. Everyone's history is kept.` };
    return fail(response.status, { values: null, fields: {}, problem: apiMessage(error, 'The assignment was not removed.') });
  },
};

const fieldWords: Record<Field, string> = {
  deckId: 'The deck',
  startDate: 'The start date',
  newPerDay: 'New cards a day',
  targetDate: 'The target date',
};
