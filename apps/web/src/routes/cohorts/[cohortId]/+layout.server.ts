import type { LayoutServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/** The cohort every tab is about (403 when it belongs to another instructor, 404 when unknown). */
export const load: LayoutServerLoad = async (event) => {
  const cohort = await required(
    apiFor(event).GET('/api/cohorts/{cohortId}', { params: { path: { cohortId: event.params.cohortId } } }),
    loginUrl(event.url.pathname),
  );
  return { cohort };
};
