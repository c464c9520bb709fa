import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { closeExam, deleteExam, editExam } from '$lib/server/exam-admin';
import { apiProblems } from '$lib/server/form';
import { loginUrl } from '$lib/server/session';

/** An exam's results: per-student scores, item analysis from first attempts, reliability; and its extra time. */
export const load: PageServerLoad = async (event) => {
  const { cohortId, examId } = event.params;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname);
  const [results, members] = await Promise.all([
    required(api.GET('/api/exams/{examId}/results', { params: { path: { examId } } }), login),
    required(api.GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId } } }), login),
  ]);
  return { results, members };
};

export const actions: Actions = {
  editExam,
  closeExam,
  deleteExam,
  /** Replaces the exam's extra-time list. */
  accommodations: async (event) => {
    const { examId } = event.params;
    const form = await event.request.formData();
    const accommodations: { userId: string; extraTimePercent: number }[] = [];
    for (const key of form.keys()) {
      if (!key.startsWith('extra-')) continue;
      const raw = String(form.get(key) ?? '').trim();
      if (raw === '' || raw === '0') continue;
      accommodations.push({ userId: key.slice('extra-'.length), extraTimePercent: Number(raw) });
    }
    const { error, response } = await apiFor(event).PUT('/api/exams/{examId}/accommodations', {
      params: { path: { examId } },
      body: { accommodations },
    });
    if (response.ok) return { extraSaved: true };
    const problems = apiProblems(error, ['accommodations'] as const, 'The extra time was not saved.');
    return fail(response.status, { extraError: [problems.fields.accommodations, problems.general].filter(Boolean).join(' ') });
  },
};
