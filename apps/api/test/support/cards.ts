import { cards, keyPoints, type Card, type ViewId } from '@dermatome/data';

/** Picks cards of the bank by what their answer needs. */
export function aCard(kind: 'choice' | 'click' | 'flip', where: (c: Card) => boolean = () => true): Card {
  const card = cards.find((c) => c.answer.kind === kind && where(c));
  if (!card) throw new Error(`the bank has no ${kind} card matching the test's needs`);
  return card;
}

export function correctOption(card: Card): string {
  if (card.answer.kind !== 'choice') throw new Error(`${card.id} is not a choice card`);
  return card.answer.correctOptionId;
}

export function wrongOption(card: Card): string {
  if (card.answer.kind !== 'choice') throw new Error(`${card.id} is not a choice card`);
  const correct = card.answer.correctOptionId;
  return card.answer.options.find((o) => o.id !== correct)!.id;
}

/** A click card whose target is a key point, and that key point's coordinates. */
export function keyPointClickCard(): { card: Card; point: { view: ViewId; x: number; y: number } } {
  const card = aCard('click', (c) => c.answer.kind === 'click' && 'keyPoint' in c.answer.target);
  if (card.answer.kind !== 'click' || !('keyPoint' in card.answer.target)) throw new Error('unreachable');
  const root = card.answer.target.keyPoint;
  const view = card.answer.view;
  const kp = keyPoints.find((k) => k.root === root && k.view === view)!;
  return { card, point: { view, x: kp.x, y: kp.y } };
}
