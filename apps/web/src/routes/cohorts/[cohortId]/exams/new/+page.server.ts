import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import type { ExamTypeGroup } from '$lib/cards';
import type { ExamField } from '$lib/cohorts';
import { required } from '$lib/server/api-data';
import { apiProblems, text } from '$lib/server/form';
import { loginUrl } from '$lib/server/session';

/** The exam form: the decks, the roster (for extra time) and the first deck's cards (for picking by hand). */
export const load: PageServerLoad = async (event) => {
  const { cohortId } = event.params;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname);
  const [decks, members] = await Promise.all([
    required(api.GET('/api/decks'), login),
    required(api.GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId } } }), login),
  ]);
  return { decks, members };
};

const FIELDS: readonly ExamField[] = [
  'title',
  'deckId',
  'questionCount',
  'cardIds',
  'cardTypes',
  'timeLimitMinutes',
  'opensAt',
  'closesAt',
  'attemptsAllowed',
  'resultsVisibility',
  'accommodations',
];

/** A number typed in the form ('' leaves it out: the API then says it is needed). */
function numberOrNothing(raw: string): number | undefined {
  return raw === '' ? undefined : Number(raw);
}

/**
 * A date-time from the form: the ISO moment the page computed from the instructor's local time, or
 * (without JavaScript) the local value read with the offset the page could not supply, as UTC.
 */
function moment(form: FormData, name: 'opensAt' | 'closesAt'): string | null {
  const iso = text(form, name);
  if (iso && !Number.isNaN(Date.parse(iso))) return new Date(iso).toISOString();
  const local = text(form, `${name}Local`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  return new Date(`${local.slice(0, 16)}:00Z`).toISOString();
}

export const actions: Actions = {
  default: async (event) => {
    const { cohortId } = event.params;
    const form = await event.request.formData();
    const source = text(form, 'source') === 'pick' ? 'pick' : 'draw';
    const values = {
      title: text(form, 'title'),
      deckId: text(form, 'deckId'),
      source,
      questionCount: text(form, 'questionCount'),
      cardTypes: form.getAll('cardTypes').map(String),
      cardIds: form.getAll('cardIds').map(String),
      timeLimitMinutes: text(form, 'timeLimitMinutes'),
      opensAtLocal: text(form, 'opensAtLocal'),
      closesAtLocal: text(form, 'closesAtLocal'),
      attemptsAllowed: text(form, 'attemptsAllowed'),
      resultsVisibility: text(form, 'resultsVisibility'),
      extra: Object.fromEntries(
        [...form.keys()].filter((k) => k.startsWith('extra-')).map((k) => [k.slice('extra-'.length), text(form, k)]),
      ) as Record<string, string>,
    };
    // Only what the form itself must supply is checked here; every limit is the API's (details).
    const fields: Partial<Record<ExamField, string>> = {};
    const opensAt = moment(form, 'opensAt');
    const closesAt = moment(form, 'closesAt');
    if (!opensAt) fields.opensAt = 'Enter when the exam opens.';
    if (!closesAt) fields.closesAt = 'Enter when the exam closes.';
    if (Object.keys(fields).length > 0) return fail(400, { values, fields, problem: null });
    const accommodations = Object.entries(values.extra)
      .filter(([, raw]) => raw !== '' && raw !== '0')
      .map(([userId, raw]) => ({ userId, extraTimePercent: Number(raw) }));

    const { data, error, response } = await apiFor(event).POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: {
        title: values.title,
        deckId: values.deckId,
        ...(source === 'draw'
          ? { questionCount: numberOrNothing(values.questionCount)!, cardTypes: values.cardTypes as ExamTypeGroup[] }
          : { cardIds: values.cardIds }),
        timeLimitMinutes: numberOrNothing(values.timeLimitMinutes)!,
        opensAt: opensAt!,
        closesAt: closesAt!,
        attemptsAllowed: numberOrNothing(values.attemptsAllowed)!,
        resultsVisibility: values.resultsVisibility as 'at-submission' | 'after-close',
        ...(accommodations.length > 0 ? { accommodations } : {}),
      },
    });
    if (data) redirect(303, `/cohorts/${cohortId}/exams?created=${encodeURIComponent(data.title)}`);
    const problems = apiProblems(error, FIELDS, 'The exam was not set.');
    return fail(response.status, { values, fields: problems.fields, problem: problems.general });
  },
};
