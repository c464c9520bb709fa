import type { CardDraft } from '../../types.js';
import { examinationCards } from './examination.js';
import { peripheralCases } from './peripheral-cases.js';
import { branchAndTrunkCases } from './peripheral-branches.js';
import { redFlagCases } from './red-flags.js';
import { saddleAndUpperDiscCases } from './saddle-and-upper-discs.js';
import { lowerLumbarVignettes } from './vignettes-lower-lumbar.js';
import { sacralVignettes } from './vignettes-sacral.js';
import { upperLumbarVignettes } from './vignettes-upper-lumbar.js';

/** Hand-written cards: root vignettes, dermatomal-vs-peripheral cases, red-flag triage, examination technique. */
export const authoredCards: CardDraft[] = [
  ...upperLumbarVignettes,
  ...lowerLumbarVignettes,
  ...sacralVignettes,
  ...peripheralCases,
  ...branchAndTrunkCases,
  ...redFlagCases,
  ...saddleAndUpperDiscCases,
  ...examinationCards,
];
