import type { NerveFacts, NerveId } from '../types.js';

/**
 * Peripheral nerves whose skin overlaps a root's zone: the "dermatomal or peripheral?" distractors
 * (reference section 6). `motor` lists the leg actions a lesion weakens (empty when purely sensory).
 */
export const nerves: NerveFacts[] = [
  {
    id: 'ilioinguinal',
    name: 'Ilioinguinal nerve',
    roots: ['L1'],
    skin: 'Groin, upper medial thigh and the root of the genitals',
    motor: [],
    reflex: null,
    // Its only muscles are the lowest fibres of the abdominal wall, so no leg weakness is expected.
    purelySensory: false,
    distinguishingFeatures:
      'Numbness in the groin and upper inner thigh that follows an inguinal operation, with normal leg ' +
      'power and reflexes; an L1 root lesion gives the same skin change without that history and may come ' +
      'with back pain.',
    typicalCauses: ['inguinal hernia repair (mesh or suture entrapment)', 'low transverse abdominal incision'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'genitofemoral',
    name: 'Genitofemoral nerve',
    roots: ['L1', 'L2'],
    skin: 'Skin over the upper femoral triangle and the scrotum or labium majus',
    motor: ['cremaster muscle (lifts the testis)'],
    reflex: 'Cremasteric reflex (its genital branch carries the motor limb)',
    purelySensory: false,
    distinguishingFeatures:
      'Sensory change limited to the upper femoral triangle and the genitals, often after groin surgery, with ' +
      'normal leg power and knee jerk; an L1-L2 root lesion numbs a wider band of groin and upper thigh and, ' +
      'at L2, weakens hip flexion.',
    typicalCauses: ['inguinal or pelvic surgery', 'trauma or haematoma near the psoas'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'lateral-femoral-cutaneous',
    name: 'Lateral femoral cutaneous nerve',
    roots: ['L2', 'L3'],
    skin: 'Anterolateral thigh',
    motor: [],
    reflex: null,
    purelySensory: true,
    distinguishingFeatures:
      'Meralgia paraesthetica: burning or numb anterolateral thigh with normal hip flexion, knee extension ' +
      'and knee jerk; an L2 or L3 root lesion adds weakness or a reduced knee jerk.',
    typicalCauses: ['obesity', 'pregnancy', 'tight belt or trousers', 'compression at the inguinal ligament'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'femoral',
    name: 'Femoral nerve',
    roots: ['L2', 'L3', 'L4'],
    skin: 'Anterior and medial thigh, and the medial leg through its saphenous branch',
    motor: ['knee extension (quadriceps)', 'hip flexion (iliacus) when the lesion lies within the pelvis'],
    reflex: 'Knee jerk reduced',
    purelySensory: false,
    distinguishingFeatures:
      'Hip adduction stays normal because the adductors belong to the obturator nerve; weak adduction ' +
      'together with weak knee extension points to the L2-L4 roots instead.',
    typicalCauses: [
      'groin or retroperitoneal (iliacus) haematoma, often on anticoagulants',
      'hip or pelvic surgery',
      'femoral artery catheterisation',
    ],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'obturator',
    name: 'Obturator nerve',
    roots: ['L2', 'L3', 'L4'],
    skin: 'A patch on the innermost (medial) thigh',
    motor: ['hip adduction'],
    reflex: 'Adductor reflex reduced or lost',
    purelySensory: false,
    distinguishingFeatures:
      'Weak hip adduction with normal knee extension and a normal knee jerk; an L3 or L4 root lesion ' +
      'weakens knee extension and lowers the knee jerk as well.',
    typicalCauses: ['prolonged or difficult labour', 'pelvic surgery', 'pelvic fracture or tumour'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'saphenous',
    name: 'Saphenous nerve',
    roots: ['L3', 'L4'],
    skin: 'Medial knee, medial leg and the medial ankle and foot',
    motor: [],
    reflex: null,
    purelySensory: true,
    distinguishingFeatures:
      'Power and the knee jerk are normal; an L4 root lesion with the same medial-leg numbness weakens ' +
      'knee extension (sometimes dorsiflexion) and reduces the knee jerk.',
    typicalCauses: ['knee surgery or arthroscopy', 'saphenous vein harvest or varicose vein surgery', 'medial knee trauma'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'common-fibular',
    name: 'Common fibular (peroneal) nerve at the fibular head',
    roots: ['L4', 'L5', 'S1', 'S2'],
    skin: 'Lateral calf and dorsum of the foot',
    motor: ['ankle dorsiflexion', 'foot eversion', 'toe extension'],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      'Foot drop with weak eversion but normal INVERSION (tibialis posterior, tibial nerve), normal hip ' +
      'abduction and normal reflexes; an L5 lesion weakens inversion and hip abduction too.',
    typicalCauses: [
      'habitual leg crossing or prolonged squatting',
      'tight plaster cast or knee brace',
      'marked weight loss',
      'fracture of the fibular neck',
    ],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'superficial-fibular',
    name: 'Superficial fibular (peroneal) nerve',
    roots: ['L4', 'L5', 'S1'],
    skin: 'Lower lateral leg and most of the dorsum of the foot (the first web space is spared)',
    motor: ['foot eversion'],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      'Dorsiflexion and great-toe extension are normal and the first web space is spared; an L5 lesion ' +
      'weakens dorsiflexion, toe extension and inversion.',
    typicalCauses: ['inversion ankle injury', 'entrapment where it pierces the deep fascia of the lower leg', 'tight boots'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'deep-fibular',
    name: 'Deep fibular (peroneal) nerve',
    roots: ['L4', 'L5', 'S1'],
    skin: 'First web space only (between the great and second toes)',
    motor: ['ankle dorsiflexion', 'toe extension'],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      'Numbness confined to the first web space with normal eversion and inversion; L5 numbness spreads ' +
      'over the lateral leg and dorsum, and inversion is weak.',
    typicalCauses: ['anterior compartment syndrome', 'tight straps or shoes over the dorsum of the foot'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'sural',
    name: 'Sural nerve',
    // Sources vary (some include L5); S1-S2 is the common statement.
    roots: ['S1', 'S2'],
    skin: 'Lateral foot and heel out to the little toe',
    motor: [],
    reflex: null,
    purelySensory: true,
    distinguishingFeatures:
      'Strength and the ankle jerk are normal; an S1 root lesion numbing the same skin weakens plantar ' +
      'flexion and reduces the ankle jerk.',
    typicalCauses: ['ankle or Achilles tendon surgery', 'sural nerve biopsy', 'tight footwear at the lateral ankle'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'tibial-tarsal-tunnel',
    name: 'Tibial nerve in the tarsal tunnel (plantar nerves)',
    roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
    skin: 'Sole of the foot and the undersides of the toes',
    motor: ['foot intrinsics (toe flexion and spreading)'],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      "Tinel's sign behind the medial malleolus, with normal calf strength (plantar flexion) and a normal " +
      'ankle jerk; S1 weakens plantar flexion and reduces the ankle jerk.',
    typicalCauses: ['ankle fracture or sprain', 'ganglion or varicose veins in the tarsal tunnel', 'flat, over-pronating foot'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'posterior-femoral-cutaneous',
    name: 'Posterior femoral cutaneous nerve',
    roots: ['S1', 'S2', 'S3'],
    skin: 'Back of the thigh and the popliteal area',
    motor: [],
    reflex: null,
    purelySensory: true,
    distinguishingFeatures:
      'Numbness confined to the back of the thigh and popliteal area with full power and normal reflexes; ' +
      'it shares skin with S2, whose strip carries on down the calf.',
    typicalCauses: ['prolonged sitting or cycling', 'buttock trauma or injection', 'hip or pelvic surgery'],
    source: 'NERVE_ANATOMY',
  },
];

export function nerveById(id: NerveId): NerveFacts {
  const nerve = nerves.find((n) => n.id === id);
  if (!nerve) throw new Error(`unknown nerve ${id}`);
  return nerve;
}

export const NERVE_IDS: readonly NerveId[] = nerves.map((n) => n.id);

export function isNerveId(value: string): value is NerveId {
  return (NERVE_IDS as readonly string[]).includes(value);
}
