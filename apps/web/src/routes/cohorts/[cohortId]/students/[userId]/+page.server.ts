import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/** One student of the cohort: mastery now, per-root history since the cohort began, activity, assignments. */
export const load: PageServerLoad = async (event) => {
  const { cohortId, userId } = event.params;
  const detail = await required(
    apiFor(event).GET('/api/cohorts/{cohortId}/students/{userId}', { params: { path: { cohortId, userId } } }),
    loginUrl(event.url.pathname),
  );
  return { detail };
};
