import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';

const TREND_DAYS = 14;

/**
 * Home: today's counts, mastery with its trend, streak and calendar, the learner's decks with
 * what is due in each sub-deck, and their cohorts with the assigned decks' progress. An
 * instructor's home is their list of cohorts.
 */
export const load: PageServerLoad = async (event) => {
  if (event.locals.user?.role === 'instructor') redirect(303, '/cohorts');
  const api = apiFor(event);
  const login = '/login';
  const [queue, mastery, history, summary, learnerDecks, memberships, exam] = await Promise.all([
    required(api.GET('/api/study/queue', { params: { query: { limit: 1 } } }), login),
    required(api.GET('/api/progress/mastery'), login),
    required(api.GET('/api/progress/mastery/history'), login),
    required(api.GET('/api/progress/summary'), login),
    required(api.GET('/api/study/decks'), login),
    required(api.GET('/api/memberships'), login),
    required(api.GET('/api/progress/exam'), login),
  ]);

  return {
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue,
    mastery: mastery.roots,
    trends: history.series.map((s) => ({
      root: s.root,
      points: s.points.slice(-TREND_DAYS).map((p) => ({ date: p.date, mastery: p.mastery })),
    })),
    summary: { streak: summary.streak, today: summary.today, calendar: summary.calendar },
    // the learner's decks, each with its sub-decks and what is due in each today (one request)
    decks: learnerDecks,
    memberships,
    exam,
  };
};

const message = (error: unknown, fallback: string) => (error as { message?: string } | undefined)?.message ?? fallback;

export const actions: Actions = {
  /** Joins a cohort with the code an instructor gave. */
  join: async (event) => {
    const form = await event.request.formData();
    const code = String(form.get('code') ?? '')
      .trim()
      .toUpperCase();
    if (!code) return fail(400, { cohort: { joinError: 'Enter the join code your instructor gave you.', code } });
    const { data, error, response } = await apiFor(event).POST('/api/memberships', { body: { code } });
    if (data) return { cohort: { joined: data.cohortName } };
    return fail(response.status, { cohort: { joinError: message(error, 'Joining failed.'), code } });
  },
  /** Leaves a cohort (after the page's confirmation). */
  leave: async (event) => {
    const form = await event.request.formData();
    const cohortId = String(form.get('cohortId') ?? '');
    const cohortName = String(form.get('cohortName') ?? 'the cohort');
    const { error, response } = await apiFor(event).DELETE('/api/memberships/{cohortId}', { params: { path: { cohortId } } });
    if (response.ok) return { cohort: { left: cohortName } };
    return fail(response.status, { cohort: { leaveError: message(error, 'Leaving the cohort failed.') } });
  },
};
