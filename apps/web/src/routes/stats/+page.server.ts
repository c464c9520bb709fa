import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';

const RANGES = [30, 90, 365] as const;

/** The first date of a range of `days` study dates ending on `to` (YYYY-MM-DD). */
function startOf(to: string, days: number): string {
  const date = new Date(`${to}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - (days - 1));
  return date.toISOString().slice(0, 10);
}

export const load: PageServerLoad = async (event) => {
  const requested = Number(event.url.searchParams.get('range'));
  const range = (RANGES as readonly number[]).includes(requested) ? requested : 90;
  const api = apiFor(event);
  const login = `/login?next=${encodeURIComponent('/stats' + event.url.search)}`;
  const [summary, settings, examResults] = await Promise.all([
    required(api.GET('/api/progress/summary'), login),
    required(api.GET('/api/study/settings'), login),
    required(api.GET('/api/progress/exams'), login),
  ]);
  const to = summary.today.date;
  const history = await required(
    api.GET('/api/progress/mastery/history', { params: { query: { from: startOf(to, range), to } } }),
    login,
  );
  return { range, ranges: RANGES, summary, history, desiredRetention: settings.desiredRetention, examResults };
};
