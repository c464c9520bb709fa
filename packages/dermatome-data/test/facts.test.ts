import { ROOT_IDS, type NerveId, type SourceKey } from '../src/types.js';
import { sources } from '../src/sources.js';
import {
  DISC_LEVELS,
  NERVE_IDS,
  nerveById,
  nerves,
  regionDistance,
  skinDistanceToKeyPoint,
  reflexes,
  rootById,
  rootCompressedBy,
  roots,
  exitingRoot,
  traversingRoot,
} from '../src/facts/index.js';

const ALL_NERVE_IDS: NerveId[] = [
  'ilioinguinal',
  'genitofemoral',
  'lateral-femoral-cutaneous',
  'femoral',
  'obturator',
  'saphenous',
  'common-fibular',
  'superficial-fibular',
  'deep-fibular',
  'sural',
  'tibial-tarsal-tunnel',
  'medial-calcaneal',
  'medial-plantar',
  'lateral-plantar',
  'posterior-femoral-cutaneous',
  'sciatic',
  'pudendal',
];

function expectSource(key: SourceKey, where: string): void {
  if (!(key in sources)) throw new Error(`${where}: unknown source key ${key}`);
  expect(sources[key].key).toBe(key);
}

describe('sources', () => {
  it('has a label and a full citation for every key, filed under its own key', () => {
    for (const [key, source] of Object.entries(sources)) {
      expect(source.key).toBe(key);
      expect(source.label.length).toBeGreaterThan(3);
      expect(source.citation.length).toBeGreaterThan(source.label.length);
    }
  });
});

describe('roots', () => {
  it('lists every root L1..S4-5 once, in order', () => {
    expect(roots.map((r) => r.id)).toEqual([...ROOT_IDS]);
  });

  it('gives every fact a description and a known source', () => {
    for (const root of roots) {
      expect(root.zone.description).not.toBe('');
      expect(root.keyPoint.description).not.toBe('');
      expectSource(root.zone.source, `${root.id} zone`);
      expectSource(root.keyPoint.source, `${root.id} key point`);
      expectSource(root.syndrome.source, `${root.id} syndrome`);
      expectSource(root.discLevels.source, `${root.id} disc levels`);
      if (root.keyMuscle) expectSource(root.keyMuscle.source, `${root.id} key muscle`);
      for (const text of [root.syndrome.sensory, root.syndrome.motor, root.syndrome.reflex]) {
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('keeps the ISNCSCI key muscles of reference section 3 and none for L1, S2, S3, S4-5', () => {
    const keyMuscles = Object.fromEntries(roots.map((r) => [r.id, r.keyMuscle?.action ?? null]));
    expect(keyMuscles).toEqual({
      L1: null,
      L2: 'Hip flexion',
      L3: 'Knee extension',
      L4: 'Ankle dorsiflexion',
      L5: 'Long toe extension',
      S1: 'Ankle plantar flexion',
      S2: null,
      S3: null,
      'S4-5': null,
    });
  });

  it('teaches the medial malleolus for L4, the third MTP joint for L5 and the lateral heel for S1', () => {
    expect(rootById('L4').keyPoint.description).toMatch(/medial malleolus/i);
    expect(rootById('L5').keyPoint.description).toMatch(/third metatarsophalangeal/i);
    expect(rootById('S1').keyPoint.description).toMatch(/heel/i);
    expect(rootById('S2').keyPoint.description).toMatch(/popliteal/i);
  });

  it('lists, for each root, exactly the reflexes whose range contains it', () => {
    for (const root of roots) {
      const containing = reflexes.filter((r) => r.range.roots.includes(root.id)).map((r) => r.id);
      expect([...root.reflexes].sort()).toEqual(containing.sort());
    }
  });

  it('states the L5 syndrome with weak inversion and hip abduction and normal knee and ankle jerks', () => {
    const l5 = rootById('L5').syndrome;
    expect(l5.motor).toMatch(/inversion/i);
    expect(l5.motor).toMatch(/hip abduction/i);
    expect(l5.reflex).toMatch(/knee and ankle jerks normal/i);
    expect(rootById('S1').syndrome.reflex).toMatch(/ankle jerk reduced/i);
  });

  it('names only known nerves as overlapping, and every nerve overlaps some root', () => {
    const overlapping = new Set(roots.flatMap((r) => r.overlappingNerves));
    for (const id of overlapping) expect(ALL_NERVE_IDS).toContain(id);
    expect([...overlapping].sort()).toEqual([...ALL_NERVE_IDS].sort());
    expect(rootById('L4').overlappingNerves).toContain('saphenous');
    expect(rootById('L5').overlappingNerves).toContain('common-fibular');
    expect(rootById('S1').overlappingNerves).toContain('sural');
  });
});

describe('skin regions', () => {
  it("puts every key point inside its own root's skin regions", () => {
    for (const root of roots) expect(root.skinRegions).toContain(root.keyPointRegion);
  });

  it('keeps L5 and S1 away from the thigh and the saddle roots away from the foot', () => {
    expect(skinDistanceToKeyPoint('L2', 'L5')).toBe(2);
    expect(skinDistanceToKeyPoint('L2', 'S1')).toBe(2);
    expect(skinDistanceToKeyPoint('L5', 'S4-5')).toBe(2);
    expect(skinDistanceToKeyPoint('L5', 'L4')).toBe(0);
    expect(skinDistanceToKeyPoint('S3', 'S4-5')).toBe(1);
    expect(regionDistance('thigh', 'knee')).toBe(1);
    expect(regionDistance('thigh', 'foot')).toBe(2);
  });
});

describe('disc levels (reference section 5)', () => {
  it('sends a posterolateral disc to the traversing root and a far-lateral disc to the exiting root', () => {
    const table = DISC_LEVELS.map((level) => [
      level,
      rootCompressedBy(level, 'posterolateral'),
      rootCompressedBy(level, 'far-lateral'),
    ]);
    expect(table).toEqual([
      ['L1-2', 'L2', 'L1'],
      ['L2-3', 'L3', 'L2'],
      ['L3-4', 'L4', 'L3'],
      ['L4-5', 'L5', 'L4'],
      ['L5-S1', 'S1', 'L5'],
    ]);
    expect(traversingRoot('L4-5')).toBe('L5');
    expect(exitingRoot('L4-5')).toBe('L4');
  });

  it('gives each lumbar root the level above (posterolateral) and its own level (far-lateral)', () => {
    expect(rootById('L1').discLevels).toMatchObject({ posterolateral: ['T12-L1'], farLateral: ['L1-2'] });
    expect(rootById('L5').discLevels).toMatchObject({ posterolateral: ['L4-5'], farLateral: ['L5-S1'] });
    expect(rootById('S1').discLevels).toMatchObject({ posterolateral: ['L5-S1'], farLateral: [] });
  });

  it('gives the sacral roots below S1 no lumbar disc level', () => {
    for (const id of ['S2', 'S3', 'S4-5'] as const) {
      expect(rootById(id).discLevels).toMatchObject({ posterolateral: [], farLateral: [] });
    }
  });

  it('never lets one level compress two roots of the same kind', () => {
    for (const kind of ['posterolateral', 'farLateral'] as const) {
      const levels = roots.flatMap((r) => r.discLevels[kind]);
      expect(new Set(levels).size).toBe(levels.length);
    }
  });
});

describe('reflexes', () => {
  it('keeps contested roots as ranges', () => {
    const ranges = Object.fromEntries(reflexes.map((r) => [r.id, r.range]));
    expect(ranges.knee).toMatchObject({ roots: ['L2', 'L3', 'L4'], principal: 'L4' });
    expect(ranges.ankle).toMatchObject({ roots: ['S1', 'S2'], principal: 'S1' });
    expect(ranges['medial-hamstring']).toMatchObject({ roots: ['L5'] });
    expect(ranges.cremasteric).toMatchObject({ roots: ['L1', 'L2'] });
  });

  it('has a principal root inside its range, a note, a robust fact and known sources', () => {
    for (const reflex of reflexes) {
      if (reflex.range.principal) expect(reflex.range.roots).toContain(reflex.range.principal);
      expect(reflex.range.note.length).toBeGreaterThan(10);
      expect(reflex.robustFact.length).toBeGreaterThan(10);
      expect(reflex.range.sources.length).toBeGreaterThan(0);
      for (const key of reflex.range.sources) expectSource(key, `${reflex.id} reflex`);
    }
  });
});

describe('nerves', () => {
  it('has one record for each nerve of reference sections 6 and 6b, listed in NERVE_IDS', () => {
    expect(nerves.map((n) => n.id).sort()).toEqual([...ALL_NERVE_IDS].sort());
    expect([...NERVE_IDS].sort()).toEqual([...ALL_NERVE_IDS].sort());
    expect(new Set(NERVE_IDS).size).toBe(NERVE_IDS.length);
  });

  it('links every branch to the nerve it leaves (reference section 6b)', () => {
    const parents = Object.fromEntries(nerves.map((n) => [n.id, n.parent]));
    expect(parents).toEqual({
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
    });
  });

  it('gives a branch only roots its parent carries', () => {
    for (const nerve of nerves) {
      if (nerve.parent === null) continue;
      const parentRoots = nerveById(nerve.parent).roots;
      expect({ nerve: nerve.id, outside: nerve.roots.filter((r) => !parentRoots.includes(r)) }).toEqual({
        nerve: nerve.id,
        outside: [],
      });
    }
  });

  it('records the sciatic nerve as L4-S3 with the hamstrings, every muscle below the knee and the ankle jerk', () => {
    const sciatic = nerveById('sciatic');
    expect(sciatic.roots).toEqual(['L4', 'L5', 'S1', 'S2', 'S3']);
    const motor = sciatic.motor.join('; ');
    for (const action of [/knee flexion/, /dorsiflexion/, /plantar flexion/, /eversion/, /inversion/]) {
      expect(motor).toMatch(action);
    }
    expect(sciatic.reflex).toMatch(/ankle jerk/i);
    expect(sciatic.distinguishingFeatures).toMatch(/L5 and S1/);
    expect(sciatic.distinguishingFeatures).toMatch(/hip abduction/i);
    expect(sciatic.typicalCauses.join(' ')).toMatch(/injection/i);
    expect(sciatic.typicalCauses.join(' ')).toMatch(/hip/i);
    expect(sciatic.typicalCauses.join(' ')).toMatch(/piriformis/i);
  });

  it('records the pudendal nerve as S2-S4 for the perineum, and sends bilateral saddle loss to cauda equina', () => {
    const pudendal = nerveById('pudendal');
    expect(pudendal.roots).toEqual(['S2', 'S3', 'S4-5']);
    expect(pudendal.skin).toMatch(/perineum/i);
    expect(pudendal.skin).toMatch(/anus/i);
    expect(pudendal.skin).toMatch(/scrotum or labia/i);
    expect(pudendal.distinguishingFeatures).toMatch(/cauda equina/i);
    expect(pudendal.distinguishingFeatures).toMatch(/emergency/i);
  });

  it('gives the tibial branches in the foot the skin of reference section 6b', () => {
    expect(nerveById('medial-calcaneal').skin).toMatch(/heel/i);
    expect(nerveById('medial-plantar').skin).toMatch(/medial two-thirds of the sole.*three and a half toes/i);
    expect(nerveById('lateral-plantar').skin).toMatch(/lateral third of the sole.*one and a half toes/i);
    expect(nerveById('medial-plantar').roots).toEqual(['L4', 'L5']);
    expect(nerveById('lateral-plantar').roots).toEqual(['S1', 'S2']);
    for (const id of ['medial-calcaneal', 'medial-plantar', 'lateral-plantar', 'sciatic', 'pudendal'] as const) {
      expect(nerveById(id).source).toBe('NERVE_TERRITORIES');
    }
  });

  it('keeps motor empty and reflex null exactly for the purely sensory nerves', () => {
    for (const nerve of nerves) {
      if (nerve.purelySensory) {
        expect(nerve.motor).toEqual([]);
        expect(nerve.reflex).toBeNull();
      }
    }
    const sensory = nerves
      .filter((n) => n.purelySensory)
      .map((n) => n.id)
      .sort();
    expect(sensory).toEqual([
      'lateral-femoral-cutaneous',
      'medial-calcaneal',
      'posterior-femoral-cutaneous',
      'saphenous',
      'sural',
    ]);
  });

  it('records the roots, skin, features, causes and source of every nerve', () => {
    for (const nerve of nerves) {
      expect(nerve.roots.length).toBeGreaterThan(0);
      expect(nerve.skin.length).toBeGreaterThan(5);
      expect(nerve.distinguishingFeatures.length).toBeGreaterThan(20);
      expect(nerve.typicalCauses.length).toBeGreaterThan(0);
      expectSource(nerve.source, nerve.id);
    }
  });

  it('gives every nerve a one-line deciding finding that names only roots it is mistaken for', () => {
    for (const nerve of nerves) {
      expect(nerve.decidingFinding.length).toBeGreaterThan(20);
      expect({ nerve: nerve.id, oneLine: nerve.decidingFinding.length <= 160 }).toEqual({ nerve: nerve.id, oneLine: true });
      const mimicked = roots.filter((r) => r.overlappingNerves.includes(nerve.id)).map((r) => r.id);
      const named = [...nerve.decidingFinding.matchAll(/\b([LS][1-5](?:-5)?)\b/g)].map((m) => m[1]);
      for (const root of named) {
        const range = /^([LS])([1-5])-([LS])?([1-5])$/.exec(root ?? '');
        if (range) continue;
        expect({ nerve: nerve.id, root, mimicked: mimicked.includes(root as never) }).toEqual({
          nerve: nerve.id,
          root,
          mimicked: true,
        });
      }
    }
  });

  it('names the deciding finding, not one both sides share, for the groin and back-of-thigh nerves', () => {
    // Power and reflexes are normal with these nerves and with L1 or S2 alike: the extent of the skin decides.
    expect(nerveById('ilioinguinal').decidingFinding).toMatch(/flank|spine/i);
    expect(nerveById('genitofemoral').decidingFinding).toMatch(/spine/i);
    expect(nerveById('genitofemoral').distinguishingFeatures).not.toMatch(/L1-L2/);
    expect(nerveById('posterior-femoral-cutaneous').decidingFinding).toMatch(/calf/i);
    for (const id of ['ilioinguinal', 'genitofemoral', 'posterior-femoral-cutaneous'] as const) {
      expect(nerveById(id).decidingFinding).not.toMatch(/power|reflex/i);
    }
  });

  it('keeps the signatures that tell nerve from root', () => {
    const byId = Object.fromEntries(nerves.map((n) => [n.id, n]));
    expect(byId['common-fibular']?.distinguishingFeatures).toMatch(/inversion/i);
    expect(byId.femoral?.distinguishingFeatures).toMatch(/adduction/i);
    expect(byId.femoral?.reflex).toMatch(/knee jerk/i);
    expect(byId.obturator?.motor.join(' ')).toMatch(/adduction/i);
    expect(byId.sural?.distinguishingFeatures).toMatch(/ankle jerk/i);
    expect(byId['tibial-tarsal-tunnel']?.distinguishingFeatures).toMatch(/tinel/i);
    expect(byId['lateral-femoral-cutaneous']?.roots).toEqual(['L2', 'L3']);
    expect(byId.saphenous?.roots).toEqual(['L3', 'L4']);
  });
});
