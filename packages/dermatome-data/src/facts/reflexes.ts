import type { ReflexFact, RootId } from '../types.js';

/**
 * Tendon and superficial reflexes of the leg. Sources disagree on the exact roots, so each one is a
 * range of every root some accepted source gives; cards may only test `robustFact`.
 */
export const reflexes: ReflexFact[] = [
  {
    id: 'knee',
    name: 'Knee jerk (patellar reflex)',
    range: {
      roots: ['L2', 'L3', 'L4'],
      principal: 'L4',
      note:
        "Most texts give L3-L4; Harrison's lists L4 alone and some older tables add L2. " +
        'What no source disputes: it runs through the femoral nerve and is normal in L5 and S1 lesions.',
      sources: ['HARRISON'],
    },
    robustFact: 'A reduced knee jerk points to the L3-L4 roots (or the femoral nerve), not to L5 or S1.',
  },
  {
    id: 'ankle',
    name: 'Ankle jerk (Achilles reflex)',
    range: {
      roots: ['S1', 'S2'],
      principal: 'S1',
      note: 'S1 in every source; some add S2.',
      sources: ['HARRISON'],
    },
    robustFact: 'A reduced or absent ankle jerk points to S1; it stays normal in an L5 lesion.',
  },
  {
    id: 'medial-hamstring',
    name: 'Medial hamstring reflex',
    range: {
      roots: ['L5'],
      principal: 'L5',
      note:
        'Less reliable than the knee and ankle jerks (often hard to elicit even in healthy people), ' +
        'but the only reflex that can flag an L5 lesion.',
      sources: ['HARRISON'],
    },
    robustFact: 'An L5 lesion leaves the knee and ankle jerks normal; only the medial hamstring reflex may drop.',
  },
  {
    id: 'cremasteric',
    name: 'Cremasteric reflex',
    range: {
      roots: ['L1', 'L2'],
      note: 'A superficial reflex: stroking the upper inner thigh lifts the testis on that side (genitofemoral nerve).',
      sources: ['NERVE_ANATOMY'],
    },
    robustFact: 'The cremasteric reflex tests the L1-L2 segments.',
  },
];

export function reflexById(id: ReflexFact['id']): ReflexFact {
  const reflex = reflexes.find((r) => r.id === id);
  if (!reflex) throw new Error(`unknown reflex ${id}`);
  return reflex;
}

/** Every root some source accepts for this reflex (a card may never mark one of these wrong). */
export function acceptedRootsOf(id: ReflexFact['id']): readonly RootId[] {
  return reflexById(id).range.roots;
}
