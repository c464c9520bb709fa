/**
 * The committed snapshot test/card-answers.snapshot.json maps every card id to its answer key. It fails when
 * an existing id's answer changes (a learner's review history would then belong to a different question),
 * when a card disappears, and when a new id appears that was not added on purpose.
 *
 * After a deliberate change (new cards, or a card retired), rewrite the snapshot with
 *   UPDATE_CARD_SNAPSHOT=1 pnpm --filter @dermatome/data test
 * and commit it together with the change. If an answer changed, give the card a NEW id instead: the rewrite
 * keeps the old id as "retired:<its last answer>", and a retired id may never name a card again (a learner's
 * history under it belongs to the old question).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Card } from '../src/types.js';
import { cards } from '../src/cards/index.js';

const SNAPSHOT_PATH = join(__dirname, 'card-answers.snapshot.json');
const UPDATE = process.env.UPDATE_CARD_SNAPSHOT === '1';
const RETIRED = 'retired:';

/** What must not change under one id. Flip cards have no graded answer: their short answer text stands in. */
function answerKey(card: Card): string {
  const { answer } = card;
  switch (answer.kind) {
    case 'choice':
      return `choice:${answer.correctOptionId}`;
    case 'click': {
      const { target } = answer;
      const base =
        'zone' in target
          ? `click:${answer.view}:zone:${target.zone}`
          : 'keyPoint' in target
            ? `click:${answer.view}:key-point:${target.keyPoint}`
            : `click:${answer.view}:nerve:${target.nerve}`;
      return answer.side ? `${base}:${answer.side}` : base;
    }
    case 'flip':
      return `flip:${card.answerText}`;
    case 'examination':
      return `examination:${answer.lesion}:${answer.side}`;
  }
}

function currentKeys(): Record<string, string> {
  const sorted = [...cards].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return Object.fromEntries(sorted.map((card) => [card.key, answerKey(card)]));
}

function readSnapshot(): Record<string, string> {
  if (!existsSync(SNAPSHOT_PATH)) {
    throw new Error(`${SNAPSHOT_PATH} is missing: create it with UPDATE_CARD_SNAPSHOT=1 pnpm --filter @dermatome/data test`);
  }
  return JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Record<string, string>;
}

describe('card answer snapshot', () => {
  const current = currentKeys();

  if (UPDATE) {
    it('is rewritten on request (UPDATE_CARD_SNAPSHOT=1), keeping every retired id', () => {
      const previous = existsSync(SNAPSHOT_PATH) ? readSnapshot() : {};
      const retired = Object.entries(previous)
        .filter(([id]) => !(id in current))
        .map(([id, key]) => [id, key.startsWith(RETIRED) ? key : `${RETIRED}${key}`] as const);
      const next = Object.fromEntries([...Object.entries(current), ...retired].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(next, null, 2)}\n`);
      expect(readSnapshot()).toEqual(next);
    });
    return;
  }

  const all = readSnapshot();
  const snapshot = Object.fromEntries(Object.entries(all).filter(([, key]) => !key.startsWith(RETIRED)));
  const retired = Object.keys(all).filter((id) => !(id in snapshot));

  it('never gives a retired id to a card again', () => {
    expect(retired.filter((id) => id in current)).toEqual([]);
  });

  it('keeps the answer of every existing id', () => {
    const changed = Object.entries(snapshot)
      .filter(([id, key]) => id in current && current[id] !== key)
      .map(
        ([id, key]) =>
          `answer changed under id ${id} (was "${key}", now "${current[id]}"): give the card a new id. ` +
          "(If only the wording of a flip card's short answer changed, rewrite the snapshot with UPDATE_CARD_SNAPSHOT=1.)",
      );
    expect(changed).toEqual([]);
  });

  it('keeps every card of the snapshot', () => {
    const missing = Object.keys(snapshot)
      .filter((id) => !(id in current))
      .map((id) => `card ${id} disappeared: restore it, or retire it deliberately with UPDATE_CARD_SNAPSHOT=1`);
    expect(missing).toEqual([]);
  });

  it('has every current card in the snapshot', () => {
    const added = Object.keys(current)
      .filter((id) => !(id in snapshot))
      .map((id) => `new card ${id} is not in the snapshot: add it deliberately with UPDATE_CARD_SNAPSHOT=1`);
    expect(added).toEqual([]);
  });
});
