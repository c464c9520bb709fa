import type { ContestedId, RootId } from '../types.js';

/**
 * The contested areas of the dermatome map (reference section 1): drawn as hatched bands, graded
 * as partial for either root, never tested as settled. Each caption says why.
 */
export const CONTESTED_AREAS: Record<ContestedId, { roots: [RootId, RootId]; caption: string }> = {
  hallux: {
    roots: ['L4', 'L5'],
    caption:
      'Great toe: charts disagree (L5 on most, L4 on others), so it is hatched and never tested; teach the medial malleolus (L4) against the third MTP joint (L5).',
  },
  'l4-dorsum': {
    roots: ['L4', 'L5'],
    caption:
      'Medial dorsum of the foot: sources differ on how far L4 reaches past the medial malleolus towards the great toe, so this strip counts for either L4 or L5.',
  },
  'calf-s1-s2': {
    roots: ['S1', 'S2'],
    caption:
      'Back of the calf: where the S2 strip ends and S1 begins varies between maps (Keegan runs S1 up the calf), so this strip counts for either S1 or S2.',
  },
};

/** The caption of a contested area. */
export const contestedCaption = (id: ContestedId): string => CONTESTED_AREAS[id].caption;
