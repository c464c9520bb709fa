import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { apiMessage, apiProblems, text } from '$lib/server/form';
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

const FIELDS = ['deckId', 'startDate', 'newPerDay', 'targetDate'] as const;

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
    const { data, error, response } = await apiFor(event).POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId } },
      body: {
        deckId: values.deckId,
        startDate: values.startDate,
        newPerDay: values.newPerDay === '' ? (undefined as unknown as number) : Number(values.newPerDay),
        ...(values.targetDate ? { targetDate: values.targetDate } : {}),
      },
    });
    if (data) return { done: `${data.deckTitle} is assigned: ${data.newPerDay} new cards a day from ${data.startDate}.` };
    const problems = apiProblems(error, FIELDS, 'The deck was not assigned.');
    return fail(response.status, { values, fields: problems.fields, problem: problems.general });
  },
  /** Changes an assignment's pace, start or target date (an empty target date removes it). */
  edit: async (event) => {
    const { cohortId } = event.params;
    const form = await event.request.formData();
    const assignmentId = text(form, 'assignmentId');
    const values = {
      startDate: text(form, 'startDate'),
      newPerDay: text(form, 'newPerDay'),
      targetDate: text(form, 'targetDate'),
    };
    const { data, error, response } = await apiFor(event).PATCH('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
      body: {
        ...(values.startDate ? { startDate: values.startDate } : {}),
        ...(values.newPerDay ? { newPerDay: Number(values.newPerDay) } : {}),
        targetDate: values.targetDate || null,
      },
    });
    if (data)
      return {
        done: `${data.deckTitle} now runs at ${data.newPerDay} new cards a day from ${data.startDate}${data.targetDate ? `, target ${data.targetDate}` : ', with no target date'}.`,
      };
    const problems = apiProblems(error, FIELDS, 'The changes were not saved.');
    return fail(response.status, { edit: { assignmentId, values, fields: problems.fields, problem: problems.general } });
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
