import { nerves } from '../facts/index.js';
import { VIEW_IDS, type NerveId } from '../types.js';
import { GENERATED_VIEWS } from './geometry.generated.js';

/**
 * How the nerve layer is composed. Only leaf territories are drawn (each skin area once); a
 * compound nerve is the union of its own part and its branches': the common fibular nerve is its
 * lateral cutaneous nerve of the calf plus the superficial and deep fibular nerves, the tibial
 * nerve at the tarsal tunnel its calcaneal and plantar branches, the femoral nerve its anterior
 * cutaneous branches plus the saphenous nerve, the sciatic nerve the common fibular, tibial and
 * sural nerves. The branch tree is the facts' `parent` link.
 */

/** Nerves drawn with a territory of their own on some view. */
export const TERRITORY_NERVES: NerveId[] = [
  ...new Set(VIEW_IDS.flatMap((view) => GENERATED_VIEWS[view].nerves.map((t) => t.nerve))),
];

const parentOf = new Map<NerveId, NerveId | null>(nerves.map((n) => [n.id, n.parent]));

/** The nerve and every nerve it is a branch of, nearest first (e.g. sural -> sciatic). */
export function nerveAncestors(nerve: NerveId): NerveId[] {
  const chain: NerveId[] = [];
  let current: NerveId | null | undefined = nerve;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
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
