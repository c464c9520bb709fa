import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/**
 * A student's report, for the instructor who set the exam: the same report the student reads
 * (whatever the exam's results visibility), named after the student from the exam's results.
 */
export const load: PageServerLoad = async (event) => {
  const { cohortId, examId, attemptId } = event.params;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname);
  const [report, results] = await Promise.all([
    required(api.GET('/api/exams/{examId}/attempts/{attemptId}/report', { params: { path: { examId, attemptId } } }), login),
    required(api.GET('/api/exams/{examId}/results', { params: { path: { examId } } }), login),
  ]);
  if (report.exam.cohortId !== cohortId) error(404, 'This exam is not one of this cohort’s.');
  // the results name each student's first attempt; the report itself does not say whose it is
  const student = results.students.find((s) => s.firstAttemptId === attemptId) ?? null;
  return { report, student: student ? { userId: student.userId, displayName: student.displayName } : null };
};
