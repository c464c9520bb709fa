import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import type { ExamTypeGroup } from '$lib/cards';
import { required } from '$lib/server/api-data';
import { apiMessage, apiProblems, text } from '$lib/server/form';

/** How many practice exams in progress and finished ones the page lists (the API sends them all, newest first). */
const OPEN_SHOWN = 3;
const RECENT_SHOWN = 8;

/** The student's exams: those set for their cohorts, a practice exam of their own, and their results. */
export const load: PageServerLoad = async (event) => {
  if (event.locals.user?.role === 'instructor') redirect(303, '/cohorts');
  const api = apiFor(event);
  const login = '/login?next=/exams';
  const [mine, decks, results, practice] = await Promise.all([
    required(api.GET('/api/exams/mine'), login),
    required(api.GET('/api/decks'), login),
    required(api.GET('/api/progress/exams'), login),
    required(api.GET('/api/exams/practice'), login),
  ]);
  // the practice exams still in progress, with how far each got (the list has no answer count)
  const open = await Promise.all(
    practice
      .filter((p) => p.submittedAt === null)
      .slice(0, OPEN_SHOWN)
      .map(async (p) => {
        const { data: attempt } = await api.GET('/api/exams/attempts/{attemptId}', {
          params: { path: { attemptId: p.attemptId } },
        });
        // submitted meanwhile (time ran out): it belongs with the finished ones
        if (attempt?.submittedAt) return null;
        return {
          ...p,
          answered: attempt ? attempt.questions.filter((q) => q.answer !== null).length : null,
          remainingSeconds: attempt?.remainingSeconds ?? null,
        };
      }),
  );
  const openPractice = open.filter((p) => p !== null);
  const finished = practice.filter((p) => p.submittedAt !== null);
  return {
    mine,
    decks,
    results: results.filter((r) => r.kind === 'assigned'),
    openPractice,
    recentPractice: finished.slice(0, RECENT_SHOWN),
    practiceTotal: finished.length,
  };
};

const FIELDS = ['deckId', 'questionCount', 'timeLimitMinutes', 'cardTypes', 'mode'] as const;

/** A number typed in the form ('' leaves it out: the API then says it is needed). */
function numberOrNothing(raw: string): number | undefined {
  return raw === '' ? undefined : Number(raw);
}

export const actions: Actions = {
  /** Starts a practice exam and opens it. */
  practice: async (event) => {
    const form = await event.request.formData();
    const mode = text(form, 'mode') as 'timed' | 'untimed' | 'tutor';
    const values = {
      deckId: text(form, 'deckId'),
      questionCount: text(form, 'questionCount'),
      timeLimitMinutes: text(form, 'timeLimitMinutes'),
      mode,
      cardTypes: form.getAll('cardTypes').map(String),
    };
    const { data, error, response } = await apiFor(event).POST('/api/exams/practice', {
      body: {
        deckId: values.deckId,
        questionCount: numberOrNothing(values.questionCount)!,
        cardTypes: values.cardTypes as ExamTypeGroup[],
        ...(mode === 'timed' ? { timeLimitMinutes: numberOrNothing(values.timeLimitMinutes)! } : {}),
        ...(mode === 'tutor' ? { tutorMode: true } : {}),
      },
    });
    if (data) redirect(303, `/exams/attempts/${data.id}`);
    const problems = apiProblems(error, FIELDS, 'The practice exam could not start.');
    return fail(response.status, { practice: { values, fields: problems.fields, problem: problems.general } });
  },
  /** Starts (or resumes) an assigned exam. */
  start: async (event) => {
    const form = await event.request.formData();
    const examId = text(form, 'examId');
    const { data, error, response } = await apiFor(event).POST('/api/exams/{examId}/attempts', {
      params: { path: { examId } },
    });
    if (data) redirect(303, `/exams/attempts/${data.id}`);
    return fail(response.status, { start: { examId, problem: apiMessage(error, 'The exam could not start.') } });
  },
};
