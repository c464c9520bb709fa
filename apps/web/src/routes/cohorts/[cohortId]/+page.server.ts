import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/** The dashboard: ?view=day|week for the mastery chart, ?inactive=N days for who is behind. */
export const load: PageServerLoad = async (event) => {
  const { cohortId } = event.params;
  const granularity: 'day' | 'week' = event.url.searchParams.get('view') === 'day' ? 'day' : 'week';
  const requested = Number(event.url.searchParams.get('inactive'));
  const inactiveDays = Number.isInteger(requested) && requested >= 1 && requested <= 60 ? requested : 7;
  const api = apiFor(event);
  const loginAgain = loginUrl(event.url.pathname + event.url.search);
  const [dashboard, confusions] = await Promise.all([
    required(
      api.GET('/api/cohorts/{cohortId}/dashboard', {
        params: { path: { cohortId }, query: { granularity, inactiveDays } },
      }),
      loginAgain,
    ),
    required(api.GET('/api/cohorts/{cohortId}/examination-confusions', { params: { path: { cohortId } } }), loginAgain),
  ]);
  return { dashboard, confusions, granularity, inactiveDays };
};
