import type { CardDraft } from '../../types.js';
import { peripheralCase } from './case.js';

/**
 * Dermatomal-vs-peripheral cases for the nerves of reference section 6b beyond the first twelve: the tibial
 * nerve's branches in the foot, the sciatic trunk, the pudendal nerve, and distal or late lesions of nerves
 * the bank already knows (a deep fibular lesion at the ankle, a tarsal tunnel lesion that spares the heel,
 * ilioinguinal entrapment that begins long after the operation).
 */

const tibialBranches: CardDraft[] = [
  peripheralCase({
    id: 'per-medial-calcaneal-fascia-release',
    roots: ['S1'],
    story:
      'A 52-year-old shop supervisor had her right plantar fascia released through small cuts on the inner heel ' +
      'four months ago. The heel pain is better, but the inner side and underside of her heel now feel dead, and ' +
      'her sock seems to bunch up there.',
    exam:
      'Light touch and pinprick are reduced over the medial heel and the skin under it; the outer border of the ' +
      'foot, the sole in front of the heel and the toes feel normal. Plantar flexion is strong: she rises onto her ' +
      'toes ten times on each leg. Dorsiflexion and eversion are 5/5. Both ankle jerks are present and equal.',
    findings: {
      age: 52,
      sex: 'female',
      sensoryPattern: { nerve: 'medial-calcaneal' },
      weakActions: [],
      reflexes: { ankle: 'normal' },
    },
    options: ['medial-calcaneal', 'S1', 'sural', 'tibial-tarsal-tunnel', 'lateral-plantar'],
    answer: 'medial-calcaneal',
    explanation:
      'The medial calcaneal branches supply the inner heel and the skin under it and run right where an inner-heel ' +
      'release is done, so numbness kept to that patch after the operation is their injury. Strong plantar flexion ' +
      'and normal ankle jerks rule out S1, which would also take the outer heel and border of the foot. The sural ' +
      'nerve numbs the outer heel and border instead, a tibial nerve lesion in the tarsal tunnel would take the ' +
      'sole and toes as well, and the lateral plantar nerve supplies the outer sole, all normal here.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-medial-calcaneal-stiff-boots',
    roots: ['S1'],
    story:
      'A 33-year-old army reservist broke in new, stiff-backed boots on a two-day march. Since then the inside of ' +
      'his left heel has felt numb and prickly, and it burns when the back of the boot rubs.',
    exam:
      'Light touch is reduced over the inner and under surface of the left heel; the outer edge of the foot, the ' +
      'arch, the toes and the inner ankle above the heel feel normal. Tapping over the inner heel sends tingling ' +
      'into the same patch. Power is full throughout. The ankle jerks are equal on the two sides; the knee jerks are ' +
      'normal.',
    findings: {
      age: 33,
      sex: 'male',
      sensoryPattern: { nerve: 'medial-calcaneal' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['medial-calcaneal', 'S1', 'saphenous', 'sural'],
    answer: 'medial-calcaneal',
    explanation:
      'Pressure from a stiff heel counter can irritate the medial calcaneal branches, and a numb, tingling patch ' +
      'confined to the inner and under surface of the heel with a local tapping sign is their territory. Full ' +
      'power and normal ankle jerks argue against S1, whose skin also takes the outer heel and border of the foot. ' +
      'The saphenous nerve stops at the inner ankle and the inner border of the foot, and the sural nerve covers ' +
      'the outer heel, both normal here.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-medial-plantar-rigid-arch-support',
    roots: ['L5', 'S1'],
    story:
      'A 29-year-old marathon runner started training in rigid arch supports six weeks ago. Her long runs now end ' +
      'with burning and numbness under the inner half of her right foot.',
    exam:
      'Light touch is reduced over the medial two-thirds of the right sole and under the first three toes; the top ' +
      'of the foot, the heel and the outer sole feel normal. Tapping just below the bony bump on the inner arch ' +
      'reproduces the tingling. Great toe extension, dorsiflexion and plantar flexion are 5/5. Knee and ankle ' +
      'jerks are normal.',
    findings: {
      age: 29,
      sex: 'female',
      sensoryPattern: { nerve: 'medial-plantar' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['medial-plantar', 'L5', 'S1', 'lateral-plantar', 'deep-fibular'],
    answer: 'medial-plantar',
    explanation:
      "A rigid arch support can press on the medial plantar nerve under the inner arch (jogger's foot), numbing " +
      'the medial two-thirds of the sole and the undersides of the medial toes, with a tapping sign at that spot. ' +
      'L5 would numb the top of the foot and weaken great toe extension, which is strong; S1 would take the heel ' +
      'and outer foot and lower the ankle jerk. The lateral plantar nerve supplies the outer sole, normal here, ' +
      'and the deep fibular nerve numbs the first web space on the top of the foot and weakens dorsiflexion.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-medial-plantar-postman-insoles',
    roots: ['L5', 'S1'],
    story:
      'A 47-year-old postman walks about fifteen kilometres a day and recently changed to hard moulded insoles. ' +
      'For a month he has felt pins and needles under the inner part of his left sole, spreading under the first ' +
      'two toes.',
    exam:
      'Pinprick is dulled over the inner sole and under the medial toes; the heel, the outer sole, the top of the ' +
      'foot and the inner ankle are normal. Tapping behind the inner ankle bone causes nothing, but tapping under ' +
      'the inner arch makes the toes tingle. Great toe extension and inversion are 5/5, and he walks on his toes ' +
      'without difficulty. His knee and ankle jerks are symmetrical.',
    findings: {
      age: 47,
      sex: 'male',
      sensoryPattern: { nerve: 'medial-plantar' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['medial-plantar', 'tibial-tarsal-tunnel', 'L5', 'S1', 'saphenous'],
    answer: 'medial-plantar',
    explanation:
      'Hard insoles can compress the medial plantar nerve under the inner arch, and its skin is the inner sole ' +
      'with the undersides of the medial toes. A tibial nerve lesion in the tarsal tunnel would usually numb the ' +
      'outer sole too and give a tapping sign behind the medial malleolus, and the saphenous nerve ends at the ' +
      'inner border of the foot. Strong great toe extension and inversion argue against L5, and easy toe walking ' +
      'with normal ankle jerks against S1.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.65,
  }),
  peripheralCase({
    id: 'per-lateral-plantar-pallet-truck',
    roots: ['S1'],
    story:
      'A 41-year-old warehouse operative had his right foot run over by a loaded pallet truck; the bones of the ' +
      'midfoot were bruised but not broken. Six weeks later the outer part of his sole and the underside of his ' +
      'little toe still feel numb.',
    exam:
      'Light touch is reduced over the lateral third of the right sole, under the little toe and under the outer ' +
      'half of the fourth toe; the outer edge and top of the foot, the heel and the inner sole feel normal. ' +
      'Plantar flexion is 5/5, and he walks on his toes easily. Both ankle jerks are normal.',
    findings: {
      age: 41,
      sex: 'male',
      sensoryPattern: { nerve: 'lateral-plantar' },
      weakActions: [],
      reflexes: { ankle: 'normal' },
    },
    options: ['lateral-plantar', 'S1', 'sural', 'medial-plantar'],
    answer: 'lateral-plantar',
    explanation:
      'The lateral plantar nerve supplies the outer third of the sole and the lateral one and a half toes, and a ' +
      'crush of the midfoot can bruise it where it crosses the sole. The sural nerve numbs the outer edge of the ' +
      'foot rather than its underside, and the medial plantar nerve covers the inner sole, both normal. Strong ' +
      'plantar flexion and normal ankle jerks rule out S1.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-lateral-plantar-heel-spur-operation',
    roots: ['S1'],
    story:
      'A 63-year-old retired seamstress had a heel spur removed through a cut on the inner side of her left heel. ' +
      'Since then the outer part of the sole and the underside of her little toe have felt like cardboard, and she ' +
      'cannot feel the floor there.',
    exam:
      'Pinprick is reduced over the lateral sole and under the little toe; the heel pad, the inner sole, the outer ' +
      'edge of the foot and the back of the calf feel normal. Strength is normal throughout. Her ankle reflexes ' +
      'are present.',
    findings: {
      age: 63,
      sex: 'female',
      sensoryPattern: { nerve: 'lateral-plantar' },
      weakActions: [],
      reflexes: { ankle: 'normal' },
    },
    options: ['lateral-plantar', 'S1', 'sural', 'medial-calcaneal', 'tibial-tarsal-tunnel'],
    answer: 'lateral-plantar',
    explanation:
      'The lateral plantar nerve crosses the inner heel close to where a heel spur is reached, so an operation ' +
      'there can injure it, numbing the outer sole and the underside of the little toe. The medial calcaneal ' +
      'branches would numb the heel pad, which is spared; the sural nerve would numb the outer edge of the foot; a ' +
      'tibial nerve lesion in the tarsal tunnel would take the inner sole as well. Normal strength and present ' +
      'ankle reflexes argue against S1.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.65,
  }),
  peripheralCase({
    id: 'per-tarsal-tunnel-heel-spared-cleaner',
    roots: ['S1'],
    story:
      'A 58-year-old hospital cleaner badly sprained her right ankle a year ago. She now has burning and numbness ' +
      'in the sole and toes that is worse at the end of a shift and wakes her at night.',
    exam:
      'Pinprick is reduced over the whole sole of the right foot and under the toes, but the heel pad feels ' +
      'normal, as do the top and outer edge of the foot. Tapping over the nerve behind her medial malleolus makes ' +
      'the sole tingle. Plantar flexion is 5/5 and she does ten heel raises on each leg. Both ankle jerks are present and ' +
      'equal.',
    findings: {
      age: 58,
      sex: 'female',
      sensoryPattern: { nerve: 'tibial-tarsal-tunnel' },
      weakActions: [],
      reflexes: { ankle: 'normal' },
    },
    options: ['tibial-tarsal-tunnel', 'S1', 'medial-plantar', 'lateral-plantar', 'medial-calcaneal'],
    answer: 'tibial-tarsal-tunnel',
    explanation:
      'Numbness of the whole sole and toes with a tapping sign behind the medial malleolus, after an ankle injury, ' +
      'is the tibial nerve in the tarsal tunnel, where it carries both plantar nerves. The heel may well be spared, ' +
      'because the medial calcaneal branches often leave the tibial nerve above or within the tunnel, and a lesion ' +
      'of those branches alone would numb only the heel. The medial plantar or lateral plantar nerve alone would ' +
      'numb only the inner or the outer part of the sole, and strong heel raises with normal ankle jerks argue ' +
      'against S1.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
];

const trunks: CardDraft[] = [
  peripheralCase({
    id: 'per-sciatic-buttock-injection',
    roots: ['L5', 'S1'],
    story:
      'A 78-year-old woman was given an antibiotic injection into the lower inner part of her right buttock. She ' +
      'felt an electric pain shoot down the leg as the needle went in, and by evening her foot was flopping.',
    exam:
      'Pinprick is reduced over the outer side of the lower leg, the top of the foot and the sole. Dorsiflexion is ' +
      '2/5, eversion 3/5, inversion 3/5 and plantar flexion 3/5; hip abduction is 5/5. The right ankle jerk is ' +
      'absent, and the knee jerk is normal.',
    findings: {
      age: 78,
      sex: 'female',
      sensoryPattern: { nerve: 'sciatic' },
      weakActions: ['ankle dorsiflexion', 'ankle eversion', 'ankle inversion', 'ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['sciatic', 'L5', 'S1', 'common-fibular', 'tibial-tarsal-tunnel'],
    answer: 'sciatic',
    explanation:
      'An injection placed too low and too far in can strike the sciatic nerve, and weakness of both its ' +
      'divisions, skin loss over the outer leg, dorsum and sole, and a lost ankle jerk fit a lesion of the trunk. ' +
      'Full hip abduction argues against a combined L5 and S1 root lesion, since the gluteal nerves leave the ' +
      'pelvis apart from the sciatic nerve; on its own, S1 would not weaken dorsiflexion, nor L5 plantar flexion. ' +
      'A common fibular lesion spares plantar flexion, inversion and the ankle jerk, and the tibial nerve in the ' +
      'tarsal tunnel supplies only the sole and the small muscles of the foot.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-sciatic-after-hip-revision',
    roots: ['L5', 'S1'],
    story:
      'A 67-year-old retired bus driver wakes after a revision of his left hip replacement, done through the back ' +
      'of the hip, with a numb foot that drags.',
    exam:
      'Light touch is reduced over the lateral leg, the dorsum of the foot and the whole sole. Ankle dorsiflexion ' +
      'and great toe extension are 1/5, plantar flexion is 4/5 and inversion 4/5. The left ankle jerk is reduced, ' +
      'and the knee jerk is normal.',
    findings: {
      age: 67,
      sex: 'male',
      sensoryPattern: { nerve: 'sciatic' },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle plantar flexion', 'ankle inversion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
    },
    options: ['sciatic', 'common-fibular', 'L5', 'S1'],
    answer: 'sciatic',
    explanation:
      'Stretch or direct injury during hip surgery from behind is a known cause of sciatic palsy, and its ' +
      'fibular division is often hit hardest, so foot drop dominates. The weak plantar flexion and inversion, the ' +
      'numb sole and the reduced ankle jerk show that the tibial division is involved too, which a common fibular ' +
      'lesion at the knee would never do. L5 would spare plantar flexion and the ankle jerk, and S1 would spare ' +
      'dorsiflexion and great toe extension.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-pudendal-one-sided-cyclist',
    roots: ['S3', 'S4-5'],
    story:
      'A 48-year-old amateur cyclist who rides about 300 kilometres a week has had six months of burning on the ' +
      'right side of the perineum and the back of the scrotum. It is worst after twenty minutes of sitting, eases ' +
      'when he stands and is gone at night.',
    exam:
      'Pinprick feels sharp and unpleasant over the right side of the perineum and the back of the right scrotum; ' +
      'the perianal skin, the buttocks and the backs of both thighs feel normal on both sides. He empties his ' +
      'bladder normally and his bowel control is unchanged. Power in both legs is full. The knee and ankle jerks ' +
      'are normal.',
    findings: {
      age: 48,
      sex: 'male',
      sensoryPattern: { nerve: 'pudendal' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['pudendal', 'S4-5', 'S3', 'posterior-femoral-cutaneous', 'S2'],
    answer: 'pudendal',
    explanation:
      'Long hours on a narrow saddle can compress the pudendal nerve, and one-sided perineal burning that is worse ' +
      'sitting and eased by standing, confined to its territory, is the classic picture. Root lesions at S2, S3 or ' +
      'S4-5 would change the skin of the back of the thigh, the buttock or the perianal ring, all normal here, and ' +
      'a cauda equina lesion would usually numb both sides and disturb the bladder. The posterior femoral ' +
      'cutaneous nerve, also squeezed by sitting, numbs the back of the thigh instead; new saddle numbness on both ' +
      'sides or any bladder change would need same-day assessment.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-pudendal-after-forceps-delivery',
    roots: ['S3', 'S4-5'],
    story:
      'A 31-year-old architect had a long second stage of labour ending in a forceps delivery three weeks ago. She ' +
      'has burning on the left side of the vulva and perineum whenever she sits, and she now sits on one buttock.',
    exam:
      'Light touch is reduced over the left labium and the left side of the perineum; the right side, the buttocks ' +
      'and the thighs feel normal. She passes urine normally with no leakage and feels when her bladder is full. ' +
      'Hip adduction is 5/5 on both sides, and hip flexion and knee extension are full. Knee and ankle jerks are ' +
      'normal.',
    findings: {
      age: 31,
      sex: 'female',
      sensoryPattern: { nerve: 'pudendal' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['pudendal', 'obturator', 'S4-5', 'S3'],
    answer: 'pudendal',
    explanation:
      'Stretch of the pudendal nerve in a long, instrumental delivery can numb one side of the vulva and perineum, ' +
      'and burning on sitting is typical. The obturator nerve, the other nerve that labour can injure, would weaken ' +
      'hip adduction and numb the inner thigh, both normal here. S3 or S4-5 root damage would change the buttock ' +
      'or perianal skin, usually on both sides and with bladder trouble; new saddle numbness on both sides or a ' +
      'bladder change would make this cauda equina until an MRI within hours says otherwise.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.55,
  }),
];

const distalAndLate: CardDraft[] = [
  peripheralCase({
    id: 'per-deep-fibular-ski-boot-buckle',
    roots: ['L5'],
    story:
      'A 24-year-old ski instructor has spent the season in tightly buckled boots. For three weeks the skin ' +
      'between his right big toe and second toe has been numb, and the front of his ankle aches under the top ' +
      'buckle.',
    exam:
      'Light touch is reduced in the first web space of the right foot only; the rest of the top of the foot, the ' +
      'outer leg and the sole feel normal. Ankle dorsiflexion, great toe extension, eversion and inversion are all ' +
      '5/5. The knee and ankle jerks are normal.',
    findings: {
      age: 24,
      sex: 'male',
      sensoryPattern: { nerve: 'deep-fibular' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['deep-fibular', 'L5', 'superficial-fibular', 'common-fibular', 'saphenous'],
    answer: 'deep-fibular',
    explanation:
      'Under a tight front buckle the deep fibular nerve can be compressed at the ankle, below its branches to the ' +
      'muscles of the leg, so only its skin, the first web space, goes numb and dorsiflexion stays strong. L5 would ' +
      'numb the lateral leg and dorsum and weaken great toe extension and inversion, and the common fibular nerve ' +
      'would bring foot drop with weak eversion. The superficial fibular nerve numbs the dorsum but spares the ' +
      'first web space, and the saphenous nerve ends at the inner border of the foot.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-superficial-fibular-volleyball-sprain',
    roots: ['L5'],
    story:
      'A 22-year-old volleyball player rolled her left ankle inwards landing from a block three weeks ago. The ' +
      'swelling has gone, but the top of her foot tingles and feels numb, most of all when she points her foot.',
    exam:
      'Light touch is reduced over the lower outer shin and most of the top of the foot, sparing the first web ' +
      "space and the outer edge of the foot. Tapping a point on the outer lower leg, a hand's breadth above the " +
      'ankle, sends tingling over the top of the foot. Dorsiflexion, great toe extension, inversion and eversion ' +
      'are 5/5. Knee and ankle jerks are normal.',
    findings: {
      age: 22,
      sex: 'female',
      sensoryPattern: { nerve: 'superficial-fibular' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['superficial-fibular', 'L5', 'deep-fibular', 'sural', 'common-fibular'],
    answer: 'superficial-fibular',
    explanation:
      'An inversion sprain stretches the superficial fibular nerve where it pierces the fascia above the ankle, ' +
      'and numbness of the lower outer shin and most of the dorsum, sparing the first web space, with a tapping ' +
      'sign there, is its territory. With full strength, neither L5 (weak great toe extension and inversion) nor ' +
      'the common fibular nerve (foot drop) fits; the deep fibular nerve would numb the first web space, which is ' +
      'spared, and weaken dorsiflexion. The sural nerve covers the outer edge of the foot, which feels normal.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-ilioinguinal-late-after-mesh',
    roots: ['L1'],
    story:
      'A 55-year-old piano tuner had an uneventful open mesh repair of a left inguinal hernia two years ago and ' +
      'was free of pain for eighteen months. Over the last four months a burning pain has built up in the left ' +
      'groin, running into the top of the scrotum and the upper inner thigh, worse when he straightens up.',
    exam:
      'Light touch is reduced over the left groin crease, the skin over the pubis, the root of the penis and a ' +
      'small patch of the upper inner thigh; the flank and the low back feel normal. Pressing two fingers inside ' +
      'the anterior superior iliac spine reproduces the pain. He has full strength in hip flexion, hip adduction ' +
      'and knee extension. His knee jerks are normal.',
    findings: {
      age: 55,
      sex: 'male',
      sensoryPattern: { nerve: 'ilioinguinal' },
      weakActions: [],
      reflexes: { knee: 'normal' },
    },
    options: ['ilioinguinal', 'L1', 'genitofemoral', 'lateral-femoral-cutaneous', 'L2'],
    answer: 'ilioinguinal',
    explanation:
      'Mesh or scar can trap the ilioinguinal nerve months or years after a hernia repair, so a late start does ' +
      'not rule it out; numbness of the groin crease, pubis, root of the penis and upper inner thigh that stops at ' +
      'the front, with a tender point inside the anterior superior iliac spine, is its territory. L1 would numb a ' +
      'band running on over the flank towards the spine, and L2 would numb the mid-thigh and may weaken hip ' +
      'flexion, which is full. The genitofemoral nerve numbs a patch over the femoral triangle and the scrotum ' +
      'rather than the groin crease, and the lateral femoral cutaneous nerve the outer thigh.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
];

const rootNotBranch: CardDraft[] = [
  peripheralCase({
    id: 'per-s1-heel-numb-not-calcaneal-branch',
    roots: ['S1'],
    story:
      'A 39-year-old plasterer who has had backache since a heavy lift a month ago now feels as if he is walking ' +
      'on a folded sock under his right heel. He wonders whether his new work boots are to blame.',
    exam:
      'Light touch is reduced over the whole right heel, the outer border of the foot to the little toe and the ' +
      'outer part of the sole. He manages only three single-leg heel raises on the right and fifteen on the left. ' +
      'The right ankle jerk is absent; the knee jerks are normal.',
    findings: {
      age: 39,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['S1', 'medial-calcaneal', 'sural', 'lateral-plantar', 'tibial-tarsal-tunnel'],
    answer: 'S1',
    explanation:
      'Weak plantar flexion and a lost ankle jerk cannot come from a sensory branch in the foot, and numbness that ' +
      'covers the heel, the outer border and the outer sole together is the S1 root. The medial calcaneal branches ' +
      'numb only the inner heel, the sural nerve only the outer border, and the lateral plantar nerve only the ' +
      'outer sole. A tibial nerve lesion in the tarsal tunnel would spare the calf and the ankle jerk.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.45,
  }),
];

export const branchAndTrunkCases: CardDraft[] = [...tibialBranches, ...trunks, ...distalAndLate, ...rootNotBranch];
