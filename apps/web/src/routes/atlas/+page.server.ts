import { buildAtlasData } from '@dermatome/data';
import type { PageServerLoad } from './$types';

/**
 * The atlas's records (every root and nerve with its facts and sources), built from the data
 * package here and sent with the page, so that the facts' module never ships in the browser's
 * JavaScript. The page reads its settings from the address itself: this load does not depend on
 * it, so changing a setting never fetches the records again.
 */
const atlas = buildAtlasData();

export const load: PageServerLoad = () => ({ atlas });
