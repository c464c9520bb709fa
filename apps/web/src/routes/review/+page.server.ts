import type { PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { required } from '$lib/server/api-data';
import { loginUrl } from '$lib/server/session';

/** The first cards and the mastery at the start of the session; the page takes it from there. */
export const load: PageServerLoad = async (event) => {
  const deckId = event.url.searchParams.get('deck') || null;
  const api = apiFor(event);
  const login = loginUrl(event.url.pathname + event.url.search);
  const [queue, masteryAtStart, deck] = await Promise.all([
    required(api.GET('/api/study/queue', { params: { query: { limit: 50, ...(deckId ? { deckId } : {}) } } }), login),
    required(api.GET('/api/progress/mastery'), login),
    deckId ? required(api.GET('/api/decks/{deckId}', { params: { path: { deckId } } }), login) : Promise.resolve(null),
  ]);
  return { deckId, deckTitle: deck?.title ?? null, queue, masteryAtStart };
};
