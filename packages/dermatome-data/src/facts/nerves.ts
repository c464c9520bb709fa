import { NERVE_PARENT } from '../maps/nerves.js';
import type { NerveFacts, NerveId } from '../types.js';

/**
 * Peripheral nerves whose skin overlaps a root's zone: the "dermatomal or peripheral?" distractors
 * (reference section 6). `motor` lists the leg actions a lesion weakens (empty when purely sensory).
 * Each record's `parent` comes from the one branch tree, NERVE_PARENT (maps/nerves.ts), which the
 * drawing code uses too.
 */
const records: Omit<NerveFacts, 'parent'>[] = [
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
      'The numb skin stops at the front: the groin crease, the skin over the pubis, the root of the penis or the ' +
      'mons and a small upper inner-thigh patch, with pressure just inside the anterior superior iliac spine ' +
      'reproducing it, while the flank and the low back feel normal. An L1 root lesion numbs a band that runs ' +
      'from beside the spine over the iliac crest into the groin; power is normal in both.',
    decidingFinding: 'The skin change stops at the front of the groin; L1 numbness runs on over the flank towards the spine.',
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
      'Only a small patch over the upper femoral triangle, just below the middle of the inguinal ligament, and the ' +
      'scrotum or labium are numb, while the groin crease, the flank and the low back feel normal. An L1 root ' +
      'lesion numbs a band that runs from beside the spine over the flank into the whole groin; a lost ' +
      'cremasteric reflex does not decide, since it can follow either.',
    decidingFinding:
      'Only a small patch below the mid-inguinal ligament and the scrotum or labium are numb; L1 numbs a band from the spine round to the groin.',
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
    decidingFinding:
      'Hip flexion, knee extension and the knee jerk are normal; an L2 or L3 root lesion weakens or lowers one of them.',
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
    decidingFinding: 'Hip adduction is normal; weak adduction beside weak knee extension points to the L2-L4 roots.',
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
      'Weak hip adduction with normal knee extension, normal hip flexion and a normal knee jerk; an L2 or L3 ' +
      'root lesion weakens hip flexion or knee extension as well, and at L3 lowers the knee jerk.',
    decidingFinding:
      'Knee extension, hip flexion and the knee jerk are normal; an L2 or L3 root lesion weakens hip flexion or knee extension too.',
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
      'Power and the knee jerk are normal; an L3 or L4 root lesion with the same medial knee or leg numbness ' +
      'weakens knee extension and reduces the knee jerk.',
    decidingFinding:
      'Knee extension and the knee jerk are normal; an L3 or L4 root lesion weakens knee extension and lowers the knee jerk.',
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
    decidingFinding: 'Inversion and hip abduction are normal; an L5 lesion weakens both.',
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
    decidingFinding: 'Dorsiflexion, great-toe extension and inversion are normal; an L5 lesion weakens them.',
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
    decidingFinding:
      'Inversion is normal and only the first web space is numb; L5 weakens inversion and numbs the lateral leg and dorsum.',
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
    decidingFinding:
      'Plantar flexion and the ankle jerk are normal; an S1 root lesion weakens plantar flexion and lowers the ankle jerk.',
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
    decidingFinding:
      "Calf strength and the ankle jerk are normal, with Tinel's sign behind the medial malleolus; S1 weakens the calf and lowers the ankle jerk.",
    typicalCauses: ['ankle fracture or sprain', 'ganglion or varicose veins in the tarsal tunnel', 'flat, over-pronating foot'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'medial-calcaneal',
    name: 'Medial calcaneal branches of the tibial nerve',
    roots: ['S1', 'S2'],
    skin: 'Medial and posterior heel, including the skin under the heel',
    motor: [],
    reflex: null,
    purelySensory: true,
    // The branches leave the tibial nerve at a variable height, often above or inside the tarsal tunnel,
    // so a tarsal tunnel lesion may spare the heel.
    distinguishingFeatures:
      'Full plantar flexion and a normal ankle jerk, with the numbness kept to the medial heel and the skin ' +
      'under it while the outer border of the foot, the rest of the sole and the toes feel normal; an S1 root ' +
      'lesion takes the lateral heel and outer border of the foot and weakens plantar flexion or lowers the ankle jerk.',
    decidingFinding:
      'Plantar flexion and the ankle jerk are normal and only the medial heel is numb; S1 weakens the calf and lowers the ankle jerk.',
    typicalCauses: [
      'surgery or injections at the medial heel (for example for plantar fasciitis)',
      'calcaneal fracture',
      'pressure from a hard heel counter or a tight boot',
    ],
    source: 'NERVE_TERRITORIES',
  },
  {
    id: 'medial-plantar',
    name: 'Medial plantar nerve',
    roots: ['L4', 'L5'],
    skin: 'Medial two-thirds of the sole and the undersides of the medial three and a half toes',
    motor: [
      'foot intrinsics of the medial sole: great-toe flexion and spreading (abductor hallucis, flexor hallucis brevis)',
      'short toe flexion (flexor digitorum brevis)',
    ],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      'The dorsum of the foot, the heel and the lateral sole feel normal, and dorsiflexion, great-toe extension, ' +
      'plantar flexion and the ankle jerk are normal; an L5 root lesion numbs the lateral leg and dorsum and ' +
      'weakens great-toe extension, and an S1 root lesion numbs the heel and outer foot and lowers the ankle jerk.',
    decidingFinding:
      'The dorsum and heel feel normal, with normal great-toe extension and ankle jerk; L5 numbs the dorsum, S1 lowers the ankle jerk.',
    typicalCauses: [
      "compression at the medial arch in runners (jogger's foot), often under a rigid arch support",
      'tarsal tunnel syndrome',
      'fracture or surgery of the medial midfoot',
    ],
    source: 'NERVE_TERRITORIES',
  },
  {
    id: 'lateral-plantar',
    name: 'Lateral plantar nerve',
    roots: ['S1', 'S2'],
    skin: 'Lateral third of the sole and the undersides of the lateral one and a half toes',
    motor: ['most foot intrinsics: toe spreading and closing (interossei), abductor digiti minimi, adductor hallucis'],
    reflex: null,
    purelySensory: false,
    distinguishingFeatures:
      'Full plantar flexion and a normal ankle jerk, with the numbness on the underside of the lateral sole and ' +
      'little toe while the outer edge of the foot and the heel feel normal; S1 lowers the ankle jerk and weakens ' +
      'plantar flexion, and the sural nerve numbs the outer border of the foot rather than its underside.',
    decidingFinding: 'Plantar flexion and the ankle jerk are normal; S1 weakens plantar flexion and lowers the ankle jerk.',
    typicalCauses: [
      'tarsal tunnel syndrome',
      'entrapment of its first branch at the medial heel (a cause of chronic heel pain)',
      'fracture or crush injury of the foot',
    ],
    source: 'NERVE_TERRITORIES',
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
      'The numbness covers the lower buttock and the back of the thigh but stops at the upper calf: an S2 root ' +
      'lesion numbs a strip that carries on down the back of the calf, and an S3 root lesion numbs only the ' +
      'buttock beside the ischial tuberosity. Power and reflexes are normal in all three, so they do not decide.',
    decidingFinding:
      'The numbness stops at the upper calf; the S2 strip carries on down the calf, and S3 skin stays on the buttock.',
    typicalCauses: ['prolonged sitting or cycling', 'buttock trauma or injection', 'hip or pelvic surgery'],
    source: 'NERVE_ANATOMY',
  },
  {
    id: 'sciatic',
    name: 'Sciatic nerve',
    roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
    skin:
      'The skin below the knee apart from a medial strip: the lateral leg, the dorsum and sole of the foot, the ' +
      'heel and the outer border of the foot',
    motor: [
      'knee flexion (hamstrings)',
      'ankle dorsiflexion and toe extension',
      'ankle plantar flexion and toe flexion',
      'foot eversion and inversion',
    ],
    reflex: 'Ankle jerk reduced or absent',
    purelySensory: false,
    // The fibular division is often hit hardest, so a partial sciatic lesion can pass for a fibular palsy.
    distinguishingFeatures:
      'It can look like L5 and S1 together, but hip abduction and hip extension stay strong, because the ' +
      'gluteal nerves leave the pelvis apart from the sciatic nerve; an L5 plus S1 root lesion weakens hip ' +
      'abduction too. Weak knee flexion, or a lowered ankle jerk beside a foot drop, puts the lesion above the ' +
      'knee rather than at the fibular head.',
    decidingFinding: 'Hip abduction is normal; an L5 plus S1 root lesion weakens it (gluteus medius, superior gluteal nerve).',
    typicalCauses: [
      'misplaced intramuscular injection in the buttock',
      'hip replacement or posterior dislocation of the hip',
      'compression at the piriformis muscle, or long lying on a hard surface',
      'pelvic or femoral fracture',
    ],
    source: 'NERVE_TERRITORIES',
  },
  {
    id: 'pudendal',
    name: 'Pudendal nerve',
    // S2-S4; the package keeps S4 and S5 as one level ("S4-5").
    roots: ['S2', 'S3', 'S4-5'],
    skin:
      'Perineum, the skin around the anus and the posterior scrotum or labia (the penis or clitoris through its ' +
      'dorsal branch)',
    motor: ['external anal sphincter', 'external urethral sphincter', 'pelvic floor (perineal) muscles'],
    reflex: 'Anal and bulbocavernosus reflexes may be reduced on its side',
    purelySensory: false,
    distinguishingFeatures:
      'Pudendal neuralgia is usually one-sided perineal burning, worse sitting and eased by standing, with normal ' +
      'legs, normal buttock and back-of-thigh skin and normal bladder emptying; cauda equina compression numbs ' +
      'the saddle on both sides, usually with bladder, bowel or sexual change, and is an emergency. New saddle ' +
      'numbness on both sides, or new sphincter trouble, is cauda equina until an MRI says otherwise.',
    decidingFinding:
      'The perineal numbness is one-sided with normal legs and bladder emptying; saddle numbness on both sides or sphincter change is cauda equina.',
    typicalCauses: [
      'long hours of cycling or sitting on hard seats',
      'vaginal childbirth (stretch)',
      'pelvic surgery or pelvic fracture',
      "compression in the pudendal (Alcock's) canal",
    ],
    source: 'NERVE_TERRITORIES',
  },
];

export const nerves: NerveFacts[] = records.map((record) => ({ ...record, parent: NERVE_PARENT[record.id] }));

export function nerveById(id: NerveId): NerveFacts {
  const nerve = nerves.find((n) => n.id === id);
  if (!nerve) throw new Error(`unknown nerve ${id}`);
  return nerve;
}

export const NERVE_IDS: readonly NerveId[] = nerves.map((n) => n.id);

export function isNerveId(value: string): value is NerveId {
  return (NERVE_IDS as readonly string[]).includes(value);
}
