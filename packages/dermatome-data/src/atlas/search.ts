import { isAtlasNerve, isAtlasRoot, parseAtlasItem, sameAtlasItem, type AtlasItem } from './params.js';

/**
 * Search by the words a student or a patient uses: a synonym table maps everyday phrases ("foot
 * drop", "inner ankle", "top of the foot", "meralgia", "saddle") to the roots and nerves they point
 * to; the records' own titles and text are searched as well. Pure, light enough for the browser:
 * the records to search come from the page's data.
 */

export interface AtlasSynonym {
  /** Phrases, lower case, as people say them. */
  phrases: string[];
  items: AtlasItem[];
}

const r = (id: Extract<AtlasItem, { kind: 'root' }>['id']): AtlasItem => ({ kind: 'root', id });
const n = (id: Extract<AtlasItem, { kind: 'nerve' }>['id']): AtlasItem => ({ kind: 'nerve', id });

export const ATLAS_SYNONYMS: readonly AtlasSynonym[] = [
  {
    phrases: [
      'foot drop',
      'drop foot',
      'dropped foot',
      'foot slap',
      'slapping gait',
      'cannot lift the foot',
      'heel walking',
      'steppage',
    ],
    items: [r('L5'), n('common-fibular'), n('deep-fibular'), n('sciatic')],
  },
  {
    phrases: [
      'inner ankle',
      'inside of the ankle',
      'medial ankle',
      'medial malleolus',
      'inner shin',
      'inside of the leg',
      'medial leg',
    ],
    items: [r('L4'), n('saphenous')],
  },
  {
    phrases: ['top of the foot', 'top of foot', 'dorsum', 'instep', 'back of the foot', 'third toe joint'],
    items: [r('L5'), n('superficial-fibular')],
  },
  { phrases: ['first web space', 'between the big and second toe', 'web space'], items: [n('deep-fibular'), r('L5')] },
  { phrases: ['big toe', 'great toe', 'hallux'], items: [r('L5'), r('L4'), n('deep-fibular')] },
  {
    phrases: [
      'meralgia',
      'meralgia paraesthetica',
      'meralgia paresthetica',
      'outer thigh',
      'side of the thigh',
      'lateral thigh',
      'tight belt',
      'tight jeans',
      'pregnancy',
    ],
    items: [n('lateral-femoral-cutaneous'), r('L2'), r('L3')],
  },
  {
    phrases: [
      'saddle',
      'saddle numbness',
      'saddle anaesthesia',
      'saddle anesthesia',
      'perianal',
      'around the anus',
      'bottom',
      'cauda equina',
      'bladder',
      'bowel',
      'incontinence',
      'retention',
      'perineum',
    ],
    items: [r('S4-5'), r('S3'), r('S2'), n('pudendal')],
  },
  { phrases: ['groin', 'hernia', 'hernia repair', 'inguinal'], items: [r('L1'), n('ilioinguinal'), n('genitofemoral')] },
  { phrases: ['scrotum', 'labium', 'cremaster', 'testis'], items: [n('genitofemoral'), r('L1')] },
  {
    phrases: ['front of the thigh', 'front of thigh', 'anterior thigh', 'quadriceps', 'knee extension', 'hip flexion'],
    items: [r('L2'), r('L3'), n('femoral')],
  },
  {
    phrases: ['inner thigh', 'inside of the thigh', 'medial thigh', 'adductor', 'hip adduction', 'labour', 'childbirth'],
    items: [n('obturator'), r('L3'), r('L2')],
  },
  {
    phrases: ['knee', 'kneecap', 'inner knee', 'medial knee', 'knee jerk'],
    items: [r('L3'), r('L4'), n('saphenous'), n('femoral')],
  },
  {
    phrases: [
      'outer calf',
      'outer leg',
      'side of the leg',
      'lateral leg',
      'lateral calf',
      'shin',
      'crossed legs',
      'leg crossing',
      'squatting',
      'fibular head',
      'peroneal',
    ],
    items: [r('L5'), n('common-fibular'), n('superficial-fibular')],
  },
  {
    phrases: [
      'little toe',
      'outer foot',
      'outside of the foot',
      'outer edge of the foot',
      'lateral foot',
      'achilles',
      'ankle jerk',
      'tiptoe',
      'toe walking',
      'heel raise',
    ],
    items: [r('S1'), n('sural')],
  },
  { phrases: ['heel', 'under the heel', 'heel pain'], items: [r('S1'), n('medial-calcaneal'), n('sural')] },
  {
    phrases: ['sole', 'bottom of the foot', 'underside of the foot', 'burning sole', 'tarsal tunnel', 'arch', 'toes curling'],
    items: [r('S1'), n('tibial-tarsal-tunnel'), n('medial-plantar'), n('lateral-plantar')],
  },
  {
    phrases: [
      'back of the thigh',
      'back of thigh',
      'back of the knee',
      'behind the knee',
      'popliteal',
      'hamstring',
      'back of the calf',
      'calf',
    ],
    items: [r('S2'), n('posterior-femoral-cutaneous'), r('S1')],
  },
  {
    phrases: ['buttock', 'sitting bone', 'ischial', 'cycling', 'sitting'],
    items: [r('S3'), n('posterior-femoral-cutaneous'), n('pudendal')],
  },
  {
    phrases: ['sciatica', 'whole leg', 'pain down the leg', 'injection in the buttock', 'hip replacement', 'piriformis'],
    items: [r('L5'), r('S1'), n('sciatic')],
  },
];

export interface SearchableRecord {
  kind: AtlasItem['kind'];
  id: string;
  title: string;
  summary: string;
  facts: { text: string }[];
}

export interface AtlasSearchResult {
  item: AtlasItem;
  title: string;
  /** Why it matched: the phrase of the synonym table, or "name" / "text". */
  why: string;
  score: number;
}

/** Lower case, ASCII quotes, single spaces, no punctuation but hyphens. */
export function normaliseQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOP = new Set([
  'the',
  'of',
  'a',
  'an',
  'and',
  'my',
  'in',
  'on',
  'at',
  'to',
  'is',
  'it',
  'with',
  'numb',
  'numbness',
  'pain',
  'nerve',
  'root',
]);
const words = (text: string): string[] =>
  normaliseQuery(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOP.has(w));

/**
 * The roots and nerves that match the query, best first. A phrase of the synonym table found in the
 * query (or the query found at the start of a phrase) scores highest, then a root or nerve named by
 * its id or title, then records whose text holds every word of the query. Empty for an empty query.
 */
export function searchAtlas(query: string, records: readonly SearchableRecord[]): AtlasSearchResult[] {
  const q = normaliseQuery(query);
  if (q.length < 2) return [];
  const found: AtlasSearchResult[] = [];
  const titleOf = (item: AtlasItem) => records.find((rec) => rec.kind === item.kind && rec.id === item.id)?.title ?? item.id;
  const add = (item: AtlasItem, why: string, score: number) => {
    const existing = found.find((f) => sameAtlasItem(f.item, item));
    if (existing) {
      if (score > existing.score) Object.assign(existing, { why, score });
      return;
    }
    found.push({ item, title: titleOf(item), why, score });
  };

  const direct = parseAtlasItem(q.replace(/ /g, '-'));
  if (direct) add(direct, 'name', 100);

  for (const entry of ATLAS_SYNONYMS) {
    const phrase = entry.phrases.find((p) => q.includes(p) || (q.length >= 4 && p.startsWith(q)));
    if (!phrase) continue;
    entry.items.forEach((item, index) => add(item, phrase, 60 - index));
  }

  const queryWords = words(q);
  for (const record of records) {
    const item: AtlasItem | null =
      record.kind === 'root' && isAtlasRoot(record.id)
        ? { kind: 'root', id: record.id }
        : record.kind === 'nerve' && isAtlasNerve(record.id)
          ? { kind: 'nerve', id: record.id }
          : null;
    if (!item) continue;
    const title = normaliseQuery(record.title);
    if (title.includes(q)) {
      add(item, 'name', 50);
      continue;
    }
    if (queryWords.length === 0) continue;
    const text = normaliseQuery([record.summary, ...record.facts.map((f) => f.text)].join(' '));
    if (queryWords.every((w) => text.includes(w)))
      add(item, 'text', record.summary && queryWords.every((w) => normaliseQuery(record.summary).includes(w)) ? 30 : 10);
  }
  return found.sort((a, b) => b.score - a.score);
}
