import type { CardDraft } from '../../types.js';
import { vignette } from './case.js';

/** Root vignettes for L4 and L5: the medial leg against the lateral leg and dorsum of the foot. */

const l4: CardDraft[] = [
  vignette({
    id: 'vig-l4-far-lateral-l4-5-taxi',
    roots: ['L4'],
    story:
      'A 59-year-old taxi driver has pain running from his back down the front of his left thigh to the inside of ' +
      'his shin. MRI shows a far-lateral disc herniation at L4-5 on the left.',
    exam:
      'Pinprick is reduced along the medial side of the left leg down to the medial malleolus, and the dorsum of ' +
      'the foot feels normal. Knee extension is 4/5 and ankle dorsiflexion 4/5; great toe extension and hip ' +
      'abduction are 5/5. The left knee jerk is reduced. Ankle jerks are normal.',
    findings: {
      age: 59,
      sex: 'male',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L4', 'L5', 'L3', 'saphenous', 'femoral'],
    answer: 'L4',
    explanation:
      'A far-lateral disc compresses the root exiting at its own level, so far-lateral L4-5 catches L4 (an ordinary ' +
      'posterolateral L4-5 disc would catch L5). The findings agree: medial-leg numbness to the malleolus, weak ' +
      'knee extension and dorsiflexion, a reduced knee jerk. L5 would numb the dorsum and weaken great toe ' +
      'extension and hip abduction; L3 numbness stops at the knee; the saphenous nerve is purely sensory; the ' +
      'femoral nerve does not supply the dorsiflexors.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l4-posterolateral-l3-4-icu-nurse',
    roots: ['L4'],
    story:
      'A 44-year-old intensive-care nurse was turning a patient when pain shot from her back into her right leg. ' +
      'MRI shows a posterolateral disc herniation at L3-4 on the right.',
    exam:
      'Light touch is reduced over the inner shin and around the medial malleolus. Knee extension is 4/5 and ankle ' +
      'dorsiflexion is 4/5; hip adduction is full. The right knee jerk is reduced, while the ankle jerk is normal.',
    findings: {
      age: 44,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L4', 'L3', 'L5', 'saphenous'],
    answer: 'L4',
    explanation:
      'A posterolateral disc catches the traversing root, the one exiting a level lower, so posterolateral L3-4 ' +
      'means L4. Numbness of the medial leg to the malleolus, weak knee extension and dorsiflexion, and a reduced ' +
      'knee jerk are the L4 pattern. L3 (the target of a far-lateral L3-4 disc) would numb only to the knee and ' +
      'weaken adduction; L5 keeps the knee jerk; the saphenous nerve causes no weakness.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l4-kneeling-gardener',
    roots: ['L4'],
    story:
      'A 68-year-old keen gardener who spends hours kneeling on a stone path has numbness down the inside of her ' +
      'right shin. She also has low back pain and has tripped twice on uneven paving.',
    exam:
      'Pinprick is reduced on the medial leg from below the knee to the medial malleolus. Ankle dorsiflexion is ' +
      '4/5 and knee extension is 4/5. Eversion, great toe extension and hip abduction are full. The right knee ' +
      'jerk is reduced; the ankle jerk is normal.',
    findings: {
      age: 68,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['ankle dorsiflexion', 'knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['saphenous', 'L4', 'L5', 'L3'],
    answer: 'L4',
    explanation:
      'Kneeling can bruise the saphenous nerve, but that nerve is purely sensory: weak dorsiflexion and knee ' +
      'extension with a reduced knee jerk show a root lesion, and numbness of the medial leg to the malleolus makes ' +
      'it L4. L5 would weaken great toe extension and hip abduction (both full) and keep the knee jerk; L3 ' +
      'numbness stops at the knee.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l4-firefighter-ladder-carry',
    roots: ['L4'],
    story:
      'A 38-year-old firefighter hurt his back carrying a casualty down a ladder. He now has pain along the inside ' +
      'of his left shin, and his foot slaps on the ground when he is tired.',
    exam:
      'Pinprick is dull over the medial leg and medial ankle. Ankle dorsiflexion is 4/5; ankle inversion is 4/5; ' +
      'knee extension is 4/5. Great toe extension and hip abduction are 5/5. The left knee jerk is reduced. The ' +
      'ankle jerks are normal.',
    findings: {
      age: 38,
      sex: 'male',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['ankle dorsiflexion', 'ankle inversion', 'knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L4', 'L5', 'common-fibular', 'L3', 'saphenous'],
    answer: 'L4',
    explanation:
      'Weak dorsiflexion and inversion can come from L4 or L5, so the rest decides: a reduced knee jerk and weak ' +
      'knee extension with medial-leg numbness to the ankle are L4, and strong great toe extension and hip ' +
      'abduction argue against L5. A common fibular lesion would spare inversion, knee extension and the knee ' +
      'jerk; L3 numbness ends at the knee; the saphenous nerve causes no weakness.',
    source: 'HARRISON',
    difficulty: 0.65,
  }),
  vignette({
    id: 'vig-l4-lateral-recess-l3-4-librarian',
    roots: ['L4'],
    story:
      'A 76-year-old retired librarian gets numbness down the inside of her left lower leg when she walks more than ' +
      'a few hundred metres, and sitting relieves it. MRI shows lateral recess narrowing at L3-4 on the left.',
    exam:
      'At rest, pinprick is reduced over the left medial leg to the medial malleolus. Knee extension is 4/5; hip ' +
      'adduction, dorsiflexion, great toe extension and plantar flexion are full. The left knee jerk is absent. ' +
      'Ankle jerks are present.',
    findings: {
      age: 76,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension'],
      reflexes: { knee: 'absent', ankle: 'normal' },
    },
    options: ['L4', 'L3', 'L5', 'saphenous'],
    answer: 'L4',
    explanation:
      'Lateral recess narrowing catches the traversing root, which at L3-4 is L4. Numbness of the medial leg down ' +
      'to the malleolus, weak knee extension and a lost knee jerk fit L4. L3 numbness would stop at the knee; L5 ' +
      'keeps the knee jerk and weakens great toe extension; the saphenous nerve is sensory only and leaves the ' +
      'knee jerk alone.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l4-student-rower',
    roots: ['L4'],
    story:
      'A 19-year-old student rower has had pain in her back and the inside of her right leg since an ergometer ' +
      'test three weeks ago. She has stopped training because her right foot catches on the stairs.',
    exam:
      'Light touch is reduced down the inner side of the shin to the medial ankle, while the front of the thigh ' +
      'feels normal. Both ankle dorsiflexion and knee extension are weak at 4/5. Great toe ' +
      'extension is 5/5. The right ' +
      'knee jerk is reduced; both ankle jerks are present and equal.',
    findings: {
      age: 19,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['ankle dorsiflexion', 'knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L4', 'L3', 'saphenous', 'femoral'],
    answer: 'L4',
    explanation:
      'Weak dorsiflexion (tibialis anterior, the L4 key muscle) with weak knee extension, a reduced knee jerk and ' +
      'numbness of the medial leg to the ankle is L4. The femoral nerve does not supply the dorsiflexors and would ' +
      'numb the front of the thigh; the saphenous nerve causes no weakness; L3 numbness stops at the knee.',
    source: 'ISNCSCI',
    difficulty: 0.45,
  }),
  vignette({
    id: 'vig-l4-postpartum-physiotherapist',
    roots: ['L4'],
    story:
      'A 34-year-old physiotherapist, eight weeks after the birth of her second child, has back pain and a numb ' +
      'strip on the inside of her left leg that she noticed while carrying the car seat.',
    exam:
      'Pinprick is reduced over the medial lower leg, from just below the knee to the medial malleolus; the knee ' +
      'and thigh feel normal. Knee extension is 4/5; hip adduction, ankle dorsiflexion and great toe extension are ' +
      '5/5. The left knee jerk is reduced. The ankle jerks are equal.',
    findings: {
      age: 34,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L4', 'saphenous', 'L3', 'L5'],
    answer: 'L4',
    explanation:
      'Numbness of the medial leg down to the malleolus with weak knee extension and a reduced knee jerk is L4. The ' +
      'saphenous nerve supplies the same skin but is purely sensory, so the weakness and the reflex change rule it ' +
      'out. L3 skin is the lower thigh and knee, spared here; L5 would numb the dorsum of the foot and keep the ' +
      'knee jerk.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l4-fall-from-stool',
    roots: ['L4'],
    story:
      'An 84-year-old man fell from a kitchen stool six weeks ago. Since then he has had back pain radiating into ' +
      'his right shin, and his right knee has buckled twice when he stood up from his armchair.',
    exam:
      'Pinprick is reduced along the right medial leg to the medial malleolus. Knee extension is 4/5 and ankle ' +
      'dorsiflexion 4/5; great toe extension is 5/5 and he walks on his toes without difficulty. The right knee ' +
      'jerk is absent. His ankle jerks are present.',
    findings: {
      age: 84,
      sex: 'male',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'absent', ankle: 'normal' },
    },
    options: ['L4', 'L5', 'L3', 'femoral', 'saphenous'],
    answer: 'L4',
    explanation:
      'Weak knee extension and dorsiflexion, a lost knee jerk and numbness of the medial leg to the malleolus make ' +
      'L4. The femoral nerve would explain the knee but not the weak dorsiflexors; L5 keeps the knee jerk and ' +
      'weakens great toe extension; L3 numbness ends at the knee; the saphenous nerve causes no weakness.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
];

const l5: CardDraft[] = [
  vignette({
    id: 'vig-l5-posterolateral-l4-5-pallet',
    roots: ['L5'],
    story:
      'A 45-year-old warehouse manager felt his back twinge while loading a pallet; two days later pain shot down ' +
      'the outside of his right leg to the top of his foot. MRI shows a posterolateral disc herniation at L4-5 on ' +
      'the right.',
    exam:
      'Pinprick is reduced over the lateral leg and the dorsum of the foot. Great toe extension is 3/5 and ankle ' +
      'dorsiflexion 4/5; ankle inversion and hip abduction are 4/5 as well. Plantar flexion is 5/5. Knee and ankle ' +
      'jerks are normal.',
    findings: {
      age: 45,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'ankle dorsiflexion', 'ankle inversion', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'L4', 'S1', 'common-fibular'],
    answer: 'L5',
    explanation:
      'A posterolateral disc compresses the traversing root, so posterolateral L4-5 catches L5 (a far-lateral L4-5 ' +
      'disc would catch L4). Weak great toe extension, the L5 key muscle, with dorsal-foot numbness and normal knee ' +
      'and ankle jerks is L5. Weak inversion and hip abduction lie outside the common fibular nerve; L4 would ' +
      'reduce the knee jerk; S1 would weaken plantar flexion and lower the ankle jerk.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-l5-gardener-foot-drop',
    roots: ['L5'],
    story:
      'A 62-year-old gardener noticed her left foot catching on the lawn edge a week after a weekend of heavy ' +
      'digging. She has lost a stone in weight this year after joining a slimming club.',
    exam:
      'Her left foot drops when she tries to walk on her heels. Ankle dorsiflexion is 3/5, great toe extension 3/5, ' +
      'ankle inversion 4/5 and hip abduction 4/5. Light touch is reduced over the outer shin and the top of the ' +
      'foot. Knee and ankle jerks are normal and equal.',
    findings: {
      age: 62,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle inversion', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['common-fibular', 'L5', 'S1', 'sciatic', 'L4'],
    answer: 'L5',
    explanation:
      'Weight loss makes the common fibular nerve at the fibular head tempting, but that nerve supplies neither ' +
      'tibialis posterior (inversion) nor gluteus medius (hip abduction). Weak inversion and hip abduction beside ' +
      'the foot drop put the lesion at the L5 root. A sciatic lesion would spare hip abduction and usually weakens ' +
      'plantar flexion and the ankle jerk; S1 would weaken plantar flexion; L4 would reduce the knee jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.65,
  }),
  vignette({
    id: 'vig-l5-teen-gymnast-isthmic-slip',
    roots: ['L5'],
    story:
      'A 16-year-old gymnast has had low back pain for months and now a burning pain down the outside of her right ' +
      'leg into the top of the foot. X-rays show a stress fracture of the L5 pars with a forward slip of L5 on S1, ' +
      'and MRI shows the right L5-S1 foramen pinched by the slip.',
    exam:
      'Light touch is reduced over the lateral leg and the dorsum of the foot. Great toe extension is 4/5 and hip ' +
      'abduction 4/5; plantar flexion is 5/5. Knee jerks and ankle jerks are normal.',
    findings: {
      age: 16,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'S1', 'L4', 'common-fibular'],
    answer: 'L5',
    explanation:
      'In a slip of L5 on S1 through a pars defect it is the L5 root, leaving through the narrowed L5-S1 foramen, ' +
      'that suffers. The findings confirm it: weak great toe extension and hip abduction, numb lateral leg and ' +
      'dorsum, normal knee and ankle jerks. S1 would weaken plantar flexion and lower the ankle jerk; L4 would ' +
      'reduce the knee jerk; the common fibular nerve cannot weaken hip abduction.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.7,
  }),
  vignette({
    id: 'vig-l5-far-lateral-l5-s1-hairdresser',
    roots: ['L5'],
    story:
      'A 57-year-old hairdresser has intense pain down the outside of her left leg that is worse when she leans ' +
      'back and to the left. MRI shows a far-lateral disc herniation at L5-S1 on the left.',
    exam:
      'Pinprick is reduced over the lateral leg and the dorsum of the foot as far as the third toe. Great toe ' +
      'extension is 4/5 and ankle inversion 4/5; plantar flexion and eversion are 5/5. Knee and ankle jerks are ' +
      'normal.',
    findings: {
      age: 57,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'ankle inversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'S1', 'L4', 'common-fibular'],
    answer: 'L5',
    explanation:
      'A far-lateral disc compresses the root that exits at its own level: at L5-S1 that is L5, whereas an ' +
      'ordinary posterolateral L5-S1 disc catches S1. Weak great toe extension and inversion with lateral-leg and ' +
      'dorsal numbness fit L5, and strong plantar flexion with a normal ankle jerk argue against S1. L4 would ' +
      'reduce the knee jerk; the common fibular nerve does not supply the invertors.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.7,
  }),
  vignette({
    id: 'vig-l5-carpenter-trendelenburg',
    roots: ['L5'],
    story:
      'A 39-year-old carpenter has had a month of pain from the buttock down the outside of his left leg. His ' +
      'partner says he has started to waddle.',
    exam:
      'Standing on his left leg, the right side of his pelvis sags; hip abduction is 4/5 on the left. Great toe ' +
      'extension is 4/5 and ankle eversion is 4/5. Pinprick is reduced over the lateral leg and the top of the ' +
      'foot. Knee and ankle jerks are normal. The left medial hamstring reflex is reduced.',
    findings: {
      age: 39,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['hip abduction', 'great toe extension', 'ankle eversion'],
      reflexes: { knee: 'normal', ankle: 'normal', 'medial-hamstring': 'reduced' },
    },
    options: ['L5', 'common-fibular', 'S1', 'L4', 'sciatic'],
    answer: 'L5',
    explanation:
      'A sagging pelvis on one-leg standing (Trendelenburg sign) means weak hip abduction, served by gluteus ' +
      'medius through the superior gluteal nerve: L5 fibres that never run in the sciatic or common fibular ' +
      'nerves. With weak great toe extension, lateral-leg and dorsal numbness and normal knee and ankle jerks, this ' +
      'is L5; the reduced medial hamstring reflex supports it. S1 would lower the ankle jerk; L4 the knee jerk.',
    source: 'HARRISON',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l5-diabetic-engineer',
    roots: ['L5'],
    story:
      'A 71-year-old retired engineer with type 2 diabetes has three weeks of pain from his right buttock to the ' +
      'top of his right foot, which began after a long car journey. His GP wonders about diabetic neuropathy.',
    exam:
      'Light touch is reduced over the right lateral leg and the dorsum of the foot; it is normal on the left foot ' +
      'and on both soles. Great toe extension is 4/5, dorsiflexion 4/5 and ankle inversion 4/5. Plantar flexion is ' +
      'full. Knee and ankle jerks are present on both sides.',
    findings: {
      age: 71,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'ankle dorsiflexion', 'ankle inversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'common-fibular', 'S1', 'L4'],
    answer: 'L5',
    explanation:
      'Diabetic polyneuropathy begins in both feet symmetrically; this deficit is one-sided and follows a strip. ' +
      'Weak great toe extension and dorsiflexion with normal knee and ankle jerks is L5, and the weak inversion ' +
      'rules out the common fibular nerve, which does not supply tibialis posterior. S1 would weaken plantar ' +
      'flexion and lower the ankle jerk; L4 would lower the knee jerk.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l5-software-developer-cough',
    roots: ['L5'],
    story:
      'A 33-year-old software developer who sits for ten hours a day has sharp pain from her lower back down the ' +
      'outside of her left leg, and coughing or sneezing makes it worse.',
    exam:
      'Pinprick is dulled on the lateral calf and over the top of the foot to the third toe. Great toe extension is ' +
      '4/5, hip abduction is 4/5 and ankle inversion is 4/5. She walks on her toes normally. The knee and ankle ' +
      'jerks are normal. Raising her straightened left leg reproduces the leg pain at 40 degrees.',
    findings: {
      age: 33,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'hip abduction', 'ankle inversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'S1', 'common-fibular', 'sciatic'],
    answer: 'L5',
    explanation:
      'Weak great toe extension with weak inversion and hip abduction, dorsal-foot numbness and normal reflexes is ' +
      'L5. Normal toe walking and a normal ankle jerk argue against S1. The common fibular nerve spares inversion ' +
      'and hip abduction, and a sciatic lesion spares hip abduction too (the gluteal nerves leave the pelvis on ' +
      'their own).',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l5-lorry-driver-cab',
    roots: ['L5'],
    story:
      'A 55-year-old lorry driver who climbs in and out of his cab dozens of times a day has three weeks of pain ' +
      'down the outside of his right leg.',
    exam:
      'Light touch is reduced over the dorsum of the right foot and the lower outer leg, and the inner shin feels ' +
      'normal. Great toe extension is 4/5, dorsiflexion 4/5; hip abduction is 4/5 on the right. Knee extension is ' +
      '5/5. Knee and ankle reflexes are all normal.',
    findings: {
      age: 55,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'ankle dorsiflexion', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L5', 'L4', 'S1', 'deep-fibular', 'common-fibular'],
    answer: 'L5',
    explanation:
      'Weak dorsiflexion can be L4 or L5; here the knee jerk and knee extension are normal and the inner shin is ' +
      'spared, so not L4, while weak great toe extension and hip abduction with dorsal-foot numbness make L5. The ' +
      'deep fibular nerve numbs only the first web space, and neither it nor the common fibular nerve weakens hip ' +
      'abduction; S1 would weaken plantar flexion and lower the ankle jerk.',
    source: 'HARRISON',
    difficulty: 0.55,
  }),
];

export const lowerLumbarVignettes: CardDraft[] = [...l4, ...l5];
