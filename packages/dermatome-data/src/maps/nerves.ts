import { VIEW_IDS, type NerveId } from '../types.js';
import { VIEW_DATA } from './view-data.js';

/**
 * How the nerve layer is composed. Only leaf territories are drawn (each skin area once); a
 * compound nerve is the union of its own part and its branches': the common fibular nerve is its
 * lateral cutaneous nerve of the calf plus the superficial and deep fibular nerves, the tibial
 * nerve at the tarsal tunnel its calcaneal and plantar branches, the femoral nerve its anterior
 * cutaneous branches plus the saphenous nerve, the sciatic nerve the common fibular, tibial and
 * sural nerves. This table is the one branch tree: the facts' `parent` link is read from it, and it
 * lives here so that the drawing code (which runs in the browser) does not carry the facts' text.
 */

/** Each nerve's parent in the branch tree (null for a nerve of its own). */
export const NERVE_PARENT: Record<NerveId, NerveId | null> = {
  ilioinguinal: null,
  genitofemoral: null,
  'lateral-femoral-cutaneous': null,
  femoral: null,
  obturator: null,
  saphenous: 'femoral',
  'common-fibular': 'sciatic',
  'superficial-fibular': 'common-fibular',
  'deep-fibular': 'common-fibular',
  sural: 'sciatic',
  'tibial-tarsal-tunnel': 'sciatic',
  'medial-calcaneal': 'tibial-tarsal-tunnel',
  'medial-plantar': 'tibial-tarsal-tunnel',
  'lateral-plantar': 'tibial-tarsal-tunnel',
  'posterior-femoral-cutaneous': null,
  sciatic: null,
  pudendal: null,
};

/** Nerves drawn with a territory of their own on some view. */
export const TERRITORY_NERVES: NerveId[] = [...new Set(VIEW_IDS.flatMap((view) => VIEW_DATA[view].nerves.map((t) => t.nerve)))];

/** The nerve and every nerve it is a branch of, nearest first (e.g. sural -> sciatic). */
export function nerveAncestors(nerve: NerveId): NerveId[] {
  const chain: NerveId[] = [];
  let current: NerveId | null | undefined = nerve;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = NERVE_PARENT[current];
  }
  return chain;
}

/** True when `nerve` is `ancestor` or one of its branches, at any depth. */
export const isBranchOf = (nerve: NerveId, ancestor: NerveId): boolean => nerveAncestors(nerve).includes(ancestor);

/** The leaf territories that make up a nerve's skin (itself when it is a leaf). Empty if it has no skin on the figure. */
export function territoryNerves(nerve: NerveId): NerveId[] {
  return TERRITORY_NERVES.filter((leaf) => isBranchOf(leaf, nerve));
}

/** Nerves whose territory is the union of other drawn territories. */
export const isCompoundNerve = (nerve: NerveId): boolean => territoryNerves(nerve).some((leaf) => leaf !== nerve);
