import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/** The attempt to take (questions without answers, saved answers, the server's clock); a finished one shows its report. */
export const load: PageServerLoad = async (event) => {
  const { attemptId } = event.params;
  const attempt = await required(
    apiFor(event).GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId } } }),
    loginUrl(event.url.pathname),
  );
  if (attempt.submittedAt) redirect(303, `/exams/attempts/${attemptId}/report`);
  return { attempt };
};
