import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { EXAM_TYPE_GROUPS, type ExamTypeGroup } from '$lib/cards';
import { humaniseExamMessage, type ExamField } from '$lib/cohorts';
import { required } from '$lib/server/api-data';
import { apiMessage, text } from '$lib/server/form';
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

const FIELD_ORDER: ExamField[] = [
  'accommodations',
  'attemptsAllowed',
  'resultsVisibility',
  'timeLimitMinutes',
  'questionCount',
  'cardTypes',
  'cardIds',
  'closesAt',
  'opensAt',
  'deckId',
  'title',
];

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
    const fields: Partial<Record<ExamField, string>> = {};
    if (!values.title) fields.title = 'Give the exam a title students will recognise.';
    const count = Number(values.questionCount);
    if (source === 'draw' && (!Number.isInteger(count) || count < 5 || count > 100))
      fields.questionCount = 'Enter a whole number of questions from 5 to 100.';
    const known = new Set(EXAM_TYPE_GROUPS.map((g) => g.id as string));
    const cardTypes = values.cardTypes.filter((t) => known.has(t)) as ExamTypeGroup[];
    if (source === 'draw' && cardTypes.length === 0) fields.cardTypes = 'Choose at least one kind of question.';
    if (source === 'pick' && values.cardIds.length === 0) fields.cardIds = 'Pick at least one question from the list.';
    if (source === 'pick' && values.cardIds.length > 100) fields.cardIds = 'Pick at most 100 questions.';
    const minutes = Number(values.timeLimitMinutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 300)
      fields.timeLimitMinutes = 'Enter a time limit in whole minutes, from 1 to 300.';
    const opensAt = moment(form, 'opensAt');
    const closesAt = moment(form, 'closesAt');
    if (!opensAt) fields.opensAt = 'Enter when the exam opens.';
    if (!closesAt) fields.closesAt = 'Enter when the exam closes.';
    if (opensAt && closesAt && closesAt <= opensAt) fields.closesAt = 'The exam must close after it opens.';
    const attempts = Number(values.attemptsAllowed);
    if (!Number.isInteger(attempts) || attempts < 1 || attempts > 10) fields.attemptsAllowed = 'Allow 1 to 10 attempts.';
    const visibility = values.resultsVisibility === 'after-close' ? 'after-close' : 'at-submission';
    const accommodations: { userId: string; extraTimePercent: number }[] = [];
    for (const [userId, raw] of Object.entries(values.extra)) {
      if (raw === '' || raw === '0') continue;
      const percent = Number(raw);
      if (!Number.isInteger(percent) || percent < 0 || percent > 400) {
        fields.accommodations = 'Extra time is a whole percentage from 0 to 400.';
        continue;
      }
      accommodations.push({ userId, extraTimePercent: percent });
    }
    if (Object.keys(fields).length > 0) return fail(400, { values, fields, problem: null });

    const { data, error, response } = await apiFor(event).POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: {
        title: values.title,
        deckId: values.deckId,
        ...(source === 'draw' ? { questionCount: count, cardTypes } : { cardIds: values.cardIds }),
        timeLimitMinutes: minutes,
        opensAt: opensAt!,
        closesAt: closesAt!,
        attemptsAllowed: attempts,
        resultsVisibility: visibility,
        ...(accommodations.length > 0 ? { accommodations } : {}),
      },
    });
    if (data) redirect(303, `/cohorts/${cohortId}/exams?created=${encodeURIComponent(data.title)}`);
    const message = apiMessage(error, 'The exam was not set.');
    const named = FIELD_ORDER.find((f) => new RegExp(`\\b${f}\\b`, 'i').test(message));
    return fail(response.status, {
      values,
      fields: named ? { [named]: humaniseExamMessage(message) } : {},
      problem: named ? null : message,
    });
  },
};
