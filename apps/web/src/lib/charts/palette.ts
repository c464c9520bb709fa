import { OKABE_ITO } from '@dermatome/data';
import type { MasteryRoot } from '@dermatome/data';

/**
 * A line per root: Okabe-Ito colours (colour-blind safe) plus a dash pattern and a point shape of
 * its own, so that no line depends on its colour. Yellow is too faint for a thin line on white:
 * L4 is drawn in black.
 */
export const ROOT_LINES: Record<
  MasteryRoot,
  { colour: string; dash: number[]; point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star' | 'rectRounded' }
> = {
  L1: { colour: OKABE_ITO.orange, dash: [], point: 'circle' },
  L2: { colour: OKABE_ITO.skyBlue, dash: [6, 3], point: 'rect' },
  L3: { colour: OKABE_ITO.bluishGreen, dash: [2, 3], point: 'triangle' },
  L4: { colour: OKABE_ITO.black, dash: [10, 4, 2, 4], point: 'rectRot' },
  L5: { colour: OKABE_ITO.blue, dash: [], point: 'crossRot' },
  S1: { colour: OKABE_ITO.vermillion, dash: [4, 4], point: 'star' },
  S2: { colour: OKABE_ITO.reddishPurple, dash: [12, 4], point: 'rectRounded' },
};
