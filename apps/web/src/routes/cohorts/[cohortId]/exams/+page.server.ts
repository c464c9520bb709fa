import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { closeExam, deleteExam, editExam } from '$lib/server/exam-admin';
import { loginUrl } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  const { cohortId } = event.params;
  const exams = await required(
    apiFor(event).GET('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } } }),
    loginUrl(event.url.pathname),
  );
  return { exams, created: event.url.searchParams.get('created'), deleted: event.url.searchParams.get('deleted') };
};

export const actions: Actions = { editExam, closeExam, deleteExam };
