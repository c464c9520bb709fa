import {
  cards,
  examinationCase,
  lossLevel,
  mapViews,
  skinSpot,
  VIEW_IDS,
  type Card,
  type ExaminationCase,
  type ViewId,
} from '@dermatome/data';

/** The examination-case cards of the bank, with their hidden cases (the test knows; the learner does not). */
export function examinationCards(): { card: Card; patient: ExaminationCase }[] {
  return cards.filter((c) => c.type === 'examination-case').map((card) => ({ card, patient: examinationCase(card.id)! }));
}

export function examinationCard(lesion: string, side: string): { card: Card; patient: ExaminationCase } {
  const found = examinationCards().find((c) => c.patient.lesion === lesion && c.patient.side === side);
  if (!found) throw new Error(`no examination case ${lesion} ${side}`);
  return found;
}

/**
 * A spot in the middle of the hidden lesion's skin (the strongest loss on the figure), and a spot
 * that the lesion spares on the other leg, found by scanning the views on a grid.
 */
export function probeSpots(patient: ExaminationCase): {
  inside: { view: ViewId; x: number; y: number };
  spared: { view: ViewId; x: number; y: number };
} {
  let inside: { view: ViewId; x: number; y: number; level: number } | null = null;
  let spared: { view: ViewId; x: number; y: number } | null = null;
  for (const view of VIEW_IDS) {
    const [bx, by, bw, bh] = mapViews[view].viewBox.split(/\s+/).map(Number) as [number, number, number, number];
    for (let y = by + 4; y < by + bh; y += 8) {
      for (let x = bx + 4; x < bx + bw; x += 8) {
        const spot = skinSpot(view, x, y);
        if (!spot) continue;
        const level = lossLevel(patient.lesion, patient.side, spot);
        if (level > 0 && (!inside || level > inside.level)) inside = { view, x, y, level };
        if (!spared && patient.side !== 'both' && spot.side !== patient.side) spared = { view, x, y };
      }
    }
  }
  if (!inside) throw new Error(`no skin of ${patient.key} on the figure`);
  return { inside: { view: inside.view, x: inside.x, y: inside.y }, spared: spared ?? { view: 'anterior', x: 0, y: 0 } };
}
