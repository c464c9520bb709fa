import { nerves, nerveById } from '../facts/nerves.js';
import { reflexById } from '../facts/reflexes.js';
import { roots } from '../facts/roots.js';
import { territoryNerves } from '../maps/nerves.js';
import { sources } from '../sources.js';
import type { NerveFacts, NerveId, ReflexFact, RootFacts, RootId, Source, SourceKey, ViewId } from '../types.js';
import { bestViewOf, type AtlasItem } from './params.js';

/**
 * What the atlas shows of a root or a nerve: the package's facts as labelled lines, each with its
 * source. Built on the server and sent to the page, so that the browser never carries the facts'
 * module (nothing clinical is written in the web).
 */

export interface AtlasFact {
  /** Stable key, e.g. "zone", "key-muscle", "reflex-knee". */
  key: string;
  /** What the line is, e.g. "Key sensory point". */
  label: string;
  text: string;
  source: SourceKey;
}

export interface AtlasRecord {
  kind: AtlasItem['kind'];
  id: RootId | NerveId;
  /** "L5 root" or "Sural nerve". */
  title: string;
  /** The label drawn on the figure, e.g. "L5" or "SuN". */
  short: string;
  /** One line: the zone or the territory. */
  summary: string;
  facts: AtlasFact[];
  /** The roots involved: the root itself, or the nerve's roots. */
  roots: RootId[];
  /** The nerves involved: a root's overlapping nerves, or the nerve itself. */
  nerves: NerveId[];
  /** The drawn territories that make up a nerve's skin (a compound nerve is drawn as its branches). */
  territories: NerveId[];
  /** The view that shows it best. */
  view: ViewId;
}

/** The four rows that tell a root from a look-alike nerve (reference sections 4 and 6). */
export const COMPARE_ASPECTS = ['sensory', 'motor', 'reflex', 'history'] as const;
export type CompareAspect = (typeof COMPARE_ASPECTS)[number];
export const COMPARE_ASPECT_LABELS: Record<CompareAspect, string> = {
  sensory: 'Sensory',
  motor: 'Motor',
  reflex: 'Reflex',
  history: 'History',
};

export interface AtlasData {
  roots: AtlasRecord[];
  nerves: AtlasRecord[];
  /** Each record's comparison cells, keyed by id. */
  findings: Record<string, Record<CompareAspect, { text: string; source: SourceKey }>>;
  /** Every source a record names. */
  sources: Source[];
}

const rangeText = (roots: readonly RootId[]): string => (roots.length > 1 ? `${roots[0]}–${roots.at(-1)}` : (roots[0] ?? ''));

function reflexFact(id: ReflexFact['id']): AtlasFact {
  const reflex = reflexById(id);
  const { range } = reflex;
  const principal = range.principal && range.roots.length > 1 ? `, mostly ${range.principal}` : '';
  const contested = range.roots.length > 1 ? ' (sources differ)' : '';
  return {
    key: `reflex-${id}`,
    label: 'Reflex',
    text: `${reflex.name}: ${rangeText(range.roots)}${principal}${contested}. ${range.note}`,
    source: range.sources[0] ?? 'HARRISON',
  };
}

function nerveNames(ids: readonly NerveId[]): string {
  return ids.map((id) => nerveById(id).name).join('; ');
}

export function rootRecord(root: RootFacts): AtlasRecord {
  const facts: AtlasFact[] = [
    { key: 'zone', label: 'Zone', text: root.zone.description, source: root.zone.source },
    { key: 'key-point', label: 'Key sensory point', text: root.keyPoint.description, source: root.keyPoint.source },
    root.keyMuscle
      ? {
          key: 'key-muscle',
          label: 'Key muscle',
          text: `${root.keyMuscle.action} (${root.keyMuscle.muscle})`,
          source: root.keyMuscle.source,
        }
      : { key: 'key-muscle', label: 'Key muscle', text: 'None: ISNCSCI names no key muscle for this level', source: 'ISNCSCI' },
    ...(root.reflexes.length
      ? root.reflexes.map(reflexFact)
      : [{ key: 'reflex-none', label: 'Reflex', text: root.syndrome.reflex, source: root.syndrome.source }]),
    { key: 'syndrome-sensory', label: 'Typical syndrome: sensory', text: root.syndrome.sensory, source: root.syndrome.source },
    { key: 'syndrome-motor', label: 'Typical syndrome: motor', text: root.syndrome.motor, source: root.syndrome.source },
    { key: 'syndrome-reflex', label: 'Typical syndrome: reflexes', text: root.syndrome.reflex, source: root.syndrome.source },
    { key: 'history', label: 'Typical history', text: root.history.description, source: root.history.source },
    {
      key: 'disc-posterolateral',
      label: 'Disc level, posterolateral herniation',
      text: root.discLevels.posterolateral.length
        ? `${root.discLevels.posterolateral.join(', ')} (the root crosses this disc to exit one level lower)`
        : 'None: no lumbar disc lies above this sacral root',
      source: root.discLevels.source,
    },
    {
      key: 'disc-far-lateral',
      label: 'Disc level, far-lateral herniation',
      text: root.discLevels.farLateral.length
        ? `${root.discLevels.farLateral.join(', ')} (the root exits at this level)`
        : 'None: the root leaves through the sacrum, below the last disc',
      source: root.discLevels.source,
    },
    {
      key: 'overlapping-nerves',
      label: 'Nerves whose skin overlaps',
      text: root.overlappingNerves.length ? nerveNames(root.overlappingNerves) : 'None',
      source: 'NERVE_ANATOMY',
    },
  ];
  return {
    kind: 'root',
    id: root.id,
    title: `${root.id} root`,
    short: root.id,
    summary: root.zone.description,
    facts,
    roots: [root.id],
    nerves: [...root.overlappingNerves],
    territories: [],
    view: bestViewOf({ kind: 'root', id: root.id }),
  };
}

export function nerveRecord(nerve: NerveFacts): AtlasRecord {
  const facts: AtlasFact[] = [
    { key: 'roots', label: 'Roots', text: nerve.roots.join(', '), source: nerve.source },
    ...(nerve.parent ? [{ key: 'branch-of', label: 'Branch of', text: nerveById(nerve.parent).name, source: nerve.source }] : []),
    { key: 'territory', label: 'Territory', text: nerve.skin, source: nerve.source },
    {
      key: 'motor',
      label: 'Motor signature',
      text: nerve.motor.length ? nerve.motor.join('; ') : 'None: purely sensory',
      source: nerve.source,
    },
    { key: 'reflex', label: 'Reflex signature', text: nerve.reflex ?? 'No reflex change', source: nerve.source },
    { key: 'causes', label: 'Typical causes', text: nerve.typicalCauses.join('; '), source: nerve.source },
    { key: 'tells-apart', label: 'What tells it from its root', text: nerve.distinguishingFeatures, source: nerve.source },
    { key: 'deciding-finding', label: 'The finding that decides', text: nerve.decidingFinding, source: nerve.source },
  ];
  return {
    kind: 'nerve',
    id: nerve.id,
    title: nerve.name,
    short: nerve.id,
    summary: nerve.skin,
    facts,
    roots: [...nerve.roots],
    nerves: [nerve.id],
    territories: territoryNerves(nerve.id),
    view: bestViewOf({ kind: 'nerve', id: nerve.id }),
  };
}

function rootFindings(root: RootFacts): AtlasData['findings'][string] {
  const { syndrome } = root;
  return {
    sensory: { text: syndrome.sensory, source: syndrome.source },
    motor: { text: syndrome.motor, source: syndrome.source },
    reflex: { text: syndrome.reflex, source: syndrome.source },
    history: { text: root.history.description, source: root.history.source },
  };
}

function nerveFindings(nerve: NerveFacts): AtlasData['findings'][string] {
  return {
    sensory: { text: nerve.skin, source: nerve.source },
    motor: {
      text: nerve.motor.length ? `Weak: ${nerve.motor.join('; ')}` : 'Power normal (purely sensory)',
      source: nerve.source,
    },
    reflex: { text: nerve.reflex ?? 'Reflexes normal', source: nerve.source },
    history: { text: `Typical causes: ${nerve.typicalCauses.join('; ')}`, source: nerve.source },
  };
}

/** Every root and nerve of the atlas, with the comparison cells and the sources they cite. */
export function buildAtlasData(): AtlasData {
  const rootRecords = roots.map(rootRecord);
  const nerveRecords = nerves.map(nerveRecord);
  const findings: AtlasData['findings'] = {};
  for (const root of roots) findings[root.id] = rootFindings(root);
  for (const nerve of nerves) findings[nerve.id] = nerveFindings(nerve);
  const keys = new Set<SourceKey>();
  for (const record of [...rootRecords, ...nerveRecords]) for (const fact of record.facts) keys.add(fact.source);
  for (const cells of Object.values(findings)) for (const cell of Object.values(cells)) keys.add(cell.source);
  return {
    roots: rootRecords,
    nerves: nerveRecords,
    findings,
    sources: [...keys].map((key) => sources[key]),
  };
}

/** The record of a root or a nerve in the atlas's data. */
export function findAtlasRecord(data: Pick<AtlasData, 'roots' | 'nerves'>, item: AtlasItem | null): AtlasRecord | null {
  if (!item) return null;
  const list = item.kind === 'root' ? data.roots : data.nerves;
  return list.find((r) => r.id === item.id) ?? null;
}
