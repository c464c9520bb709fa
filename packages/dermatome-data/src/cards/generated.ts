import type { CardDraft } from '../types.js';
import { discLevelCards } from './generated/discs.js';
import { examinationCaseCards } from './generated/examination-cases.js';
import { mapCards } from './generated/maps.js';
import { myotomeReflexCards } from './generated/myotomes.js';
import { peripheralNerveCards } from './generated/nerves.js';
import { territoryCards } from './generated/territories.js';

/**
 * Cards built from the facts and the map geometry. Each id names what the card asks and its answer
 * (e.g. `zone:anterior:L5`, `disc:far-lateral:L4-5`), so rewording keeps it and a new answer needs a new id.
 */
export const generatedCards: CardDraft[] = [
  ...mapCards(),
  ...myotomeReflexCards(),
  ...discLevelCards(),
  ...peripheralNerveCards(),
  ...territoryCards(),
  ...examinationCaseCards(),
];
