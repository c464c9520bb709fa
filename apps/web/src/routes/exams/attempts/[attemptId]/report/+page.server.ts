import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/**
 * The report of a submitted attempt. For an exam whose results show after it closes, the API
 * refuses the report until then (403): the page says when it comes. While the learner is taking an
 * assigned exam that shares questions with this one, it refuses it too (409): the page says why.
 */
export const load: PageServerLoad = async (event) => {
  const { attemptId } = event.params;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname);
  const {
    data: report,
    error: refusal,
    response,
  } = await api.GET('/api/exams/attempts/{attemptId}/report', {
    params: { path: { attemptId } },
  });
  if (report) return { report, waiting: null, timeUp: event.url.searchParams.has('timeup') };
  if (response.status === 401) redirect(303, login);
  const attempt = await required(api.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId } } }), login);
  // not submitted yet: back to the questions
  if (!attempt.submittedAt) redirect(303, `/exams/attempts/${attemptId}`);
  return {
    report: null,
    waiting: {
      title: attempt.exam.title,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
      resultsAt: attempt.exam.closesAt,
      // 409: held back while the learner is taking an exam that shares questions with this one (the API says so).
      heldBack: response.status === 409 ? (refusal?.message ?? null) : null,
      answered: attempt.questions.filter((q) => q.answer !== null).length,
      total: attempt.questions.length,
    },
    timeUp: event.url.searchParams.has('timeup'),
  };
};
