import type { CardDraft } from '../../types.js';
import { vignette } from './case.js';

/** Root vignettes for S1 and S2: the heel, sole and outer foot against the back of the thigh and calf. */

const s1: CardDraft[] = [
  vignette({
    id: 'vig-s1-posterolateral-l5-s1-tennis',
    roots: ['S1'],
    story:
      'A 36-year-old tennis coach felt a pop in his back while serving. Pain now runs down the back of his left ' +
      'leg to the outer edge of the foot. MRI shows a posterolateral disc herniation at L5-S1 on the left.',
    exam:
      'Pinprick is reduced over the lateral foot, the heel and the sole. He manages only two single-leg heel raises ' +
      'on the left, against fifteen on the right. The left ankle jerk is absent; the knee jerks are normal. His ' +
      'great toe extension and hip abduction are strong.',
    findings: {
      age: 36,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['S1', 'L5', 'sural', 'S2'],
    answer: 'S1',
    explanation:
      'A posterolateral disc compresses the traversing root, so posterolateral L5-S1 catches S1. The S1 pattern ' +
      'fits: numb lateral foot, heel and sole, weak plantar flexion (few single-leg heel raises) and an absent ' +
      'ankle jerk. L5 would keep the ankle jerk and weaken great toe extension; the sural nerve is purely sensory; ' +
      'S2 numbs the back of the thigh and calf and has no key muscle.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-s1-teen-footballer-tackle',
    roots: ['S1'],
    story:
      'An 18-year-old footballer has had six weeks of pain down the back of his right leg since a heavy tackle, and ' +
      'he can no longer push off properly when he sprints.',
    exam:
      'Single-leg heel raises are weak on the right. Light touch is reduced along the outer border of the foot and ' +
      'under the heel. The right ankle jerk is reduced; the knee jerks are normal. Great toe extension is full.',
    findings: {
      age: 18,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
    },
    options: ['S1', 'L5', 'sural', 'tibial-tarsal-tunnel'],
    answer: 'S1',
    explanation:
      'Weak plantar flexion with a reduced ankle jerk and numbness of the outer foot and heel is the S1 pattern; ' +
      'disc herniation causes it even in teenagers. L5 keeps the ankle jerk, and neither the sural nerve nor the ' +
      'tibial nerve in the tarsal tunnel can weaken the calf or reduce the ankle jerk.',
    source: 'HARRISON',
    difficulty: 0.35,
  }),
  vignette({
    id: 'vig-s1-old-ankle-surgery-runner',
    roots: ['S1'],
    story:
      'A 42-year-old marathon runner had a lateral ankle ligament reconstruction on the right three years ago. Six ' +
      'weeks ago, after lifting a suitcase, pain started in her buttock, and now the outer edge of her right foot is ' +
      'numb.',
    exam:
      'Pinprick is reduced over the lateral border of the foot, the heel and the little toe. On the right she ' +
      'manages only three single-leg heel raises. The right ankle jerk is absent. The knee jerks are present. Great toe extension and ' +
      'ankle inversion are 5/5.',
    findings: {
      age: 42,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['S1', 'sural', 'L5', 'S2'],
    answer: 'S1',
    explanation:
      'Old surgery at the outer ankle invites a sural nerve answer, but the sural nerve is purely sensory: weak ' +
      'heel raises and an absent ankle jerk put the lesion at S1, and buttock pain after lifting fits a disc. L5 ' +
      'keeps the ankle jerk and numbs the dorsum; S2 numbs the back of the thigh and calf.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-s1-hill-walker-burning-sole',
    roots: ['S1'],
    story:
      'A 50-year-old hill walker complains of burning in the sole of his left foot, and a friend has suggested ' +
      'tarsal tunnel syndrome. He also aches in the left buttock and the back of the thigh when he sits in the car.',
    exam:
      'Light touch is reduced over the sole, the heel and the outer edge of the foot. He manages only three ' +
      'single-leg heel raises on the left and twelve on the right. Tapping behind the medial malleolus causes no ' +
      'tingling. The left ankle jerk is absent. Knee jerks are normal.',
    findings: {
      age: 50,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['tibial-tarsal-tunnel', 'S1', 'sural', 'L5'],
    answer: 'S1',
    explanation:
      'The tibial nerve in the tarsal tunnel serves only the foot, so it cannot weaken the calf or abolish the ' +
      "ankle jerk, and a negative Tinel's sign at the medial ankle counts against it. Weak plantar flexion, an " +
      'absent ankle jerk and numbness of the heel, sole and outer foot make S1. The sural nerve is purely sensory; ' +
      'L5 keeps the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-s1-lateral-recess-seamstress',
    roots: ['S1'],
    story:
      'A 79-year-old retired seamstress gets pain in the back of her right calf and along the outer side of her ' +
      'foot after walking, relieved by sitting for a few minutes. MRI shows lateral recess narrowing at L5-S1 on ' +
      'the right.',
    exam:
      'At rest, pinprick is reduced along the outer edge of the right foot and under the heel. Right plantar ' +
      'flexion is 4/5, and she cannot rise onto her right toes alone. The right ankle jerk is reduced. Knee jerks ' +
      'are normal. Dorsiflexion and great toe extension are 5/5.',
    findings: {
      age: 79,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
    },
    options: ['S1', 'L5', 'S2', 'sural'],
    answer: 'S1',
    explanation:
      'Lateral recess narrowing, like a posterolateral disc, catches the traversing root, which at L5-S1 is S1. ' +
      'Weak plantar flexion, a reduced ankle jerk and numbness of the heel and outer foot confirm it. L5 would ' +
      'weaken dorsiflexion and great toe extension (full) and keep the ankle jerk; S2 numbs the back of the thigh ' +
      'and calf; the sural nerve causes no weakness.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-s1-pregnant-teacher',
    roots: ['S1'],
    story:
      'A 30-year-old secondary-school teacher, 28 weeks pregnant, has sciatica running down the back of her left ' +
      'leg to the sole, with numbness on the outer side of the foot.',
    exam:
      'Pinprick is reduced over the lateral foot and the sole. Plantar flexion is weak, and she cannot do a single ' +
      'heel raise on the left. The left ankle jerk is absent. The knee jerks are present and equal. Hip abduction, ' +
      'dorsiflexion and great toe extension are full.',
    findings: {
      age: 30,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['S1', 'L5', 'sural', 'sciatic'],
    answer: 'S1',
    explanation:
      'Weak plantar flexion, an absent ankle jerk and numbness of the lateral foot and sole is S1. A sciatic nerve ' +
      'lesion would usually weaken dorsiflexion and great toe extension as well, because its fibular fibres are ' +
      'the most vulnerable, and those are full; L5 keeps the ankle jerk; the sural nerve causes no weakness.',
    source: 'HARRISON',
    difficulty: 0.45,
  }),
  vignette({
    id: 'vig-s1-sheep-farmer',
    roots: ['S1'],
    story:
      'A 64-year-old sheep farmer has had pain from his buttock down the back of his right leg since lifting a ewe ' +
      'two weeks ago. Walking uphill, his right foot feels flat and flipper-like.',
    exam:
      'Light touch is reduced on the heel and the outer edge of the right foot. He cannot walk on his right toes; ' +
      'dorsiflexion and great toe extension are 5/5. The right ankle jerk is absent. Both knee jerks are normal. ' +
      'Straight leg raising on the right is limited by pain at 30 degrees.',
    findings: {
      age: 64,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['S1', 'L5', 'S2', 'tibial-tarsal-tunnel', 'sciatic'],
    answer: 'S1',
    explanation:
      'Inability to walk on the toes, an absent ankle jerk and numbness of the heel and outer foot is S1. L5 would ' +
      'weaken dorsiflexion and great toe extension; S2 numbs the back of the thigh and calf and has no key muscle; ' +
      'the tibial nerve at the tarsal tunnel spares the calf and the ankle jerk; a sciatic lesion would also ' +
      'weaken the fibular-supplied dorsiflexors.',
    source: 'HARRISON',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-s1-dental-nurse-heel-numb',
    roots: ['S1'],
    story:
      'A 46-year-old dental nurse has numbness under her left heel and along the outer edge of the foot that began ' +
      'with back pain after moving house. The foot itself does not hurt.',
    exam:
      'Pinprick is reduced on the heel, the lateral sole and the little toe. She manages only five single-leg heel ' +
      'raises on the left, against twenty on the right. The left ankle jerk is reduced. Knee jerks are normal. ' +
      'Ankle inversion and great toe extension are strong.',
    findings: {
      age: 46,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
    },
    options: ['S1', 'sural', 'L5', 'tibial-tarsal-tunnel'],
    answer: 'S1',
    explanation:
      'Heel and lateral-sole numbness with weak heel raises and a reduced ankle jerk is S1. The sural nerve ' +
      '(lateral foot, heel, little toe) is purely sensory and the tibial nerve in the tarsal tunnel spares the ' +
      'calf, so neither could weaken plantar flexion or lower the ankle jerk. L5 would numb the dorsum and keep ' +
      'the ankle jerk.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
];

const s2: CardDraft[] = [
  vignette({
    id: 'vig-s2-perineural-cyst-bookkeeper',
    roots: ['S2'],
    story:
      'A 47-year-old bookkeeper has had a year of aching in her left buttock when she sits for long, with a numb ' +
      'strip down the back of her left thigh and calf. MRI shows a large perineural (Tarlov) cyst in the sacral ' +
      'canal on the left.',
    exam:
      'Light touch is reduced in a strip along the back of the thigh, across the popliteal fossa and down the back ' +
      'of the calf towards the ankle; the sole and the outer foot feel normal. Power is full, and she does fifteen ' +
      'single-leg heel raises on each side. Knee and ankle jerks are normal. She has no bladder or bowel symptoms.',
    findings: {
      age: 47,
      sex: 'female',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'sciatic', 'S3'],
    answer: 'S2',
    explanation:
      'A strip down the back of the thigh and calf through the popliteal fossa is the S2 dermatome, and sacral ' +
      'perineural cysts sit on the sacral roots. S1 would numb the heel and outer foot, weaken plantar flexion and ' +
      'lower the ankle jerk, all normal here, and a sciatic lesion would weaken the leg. The posterior femoral ' +
      'cutaneous nerve stops around the popliteal fossa and would spare the lower calf; S3 skin lies over the ' +
      'buttock and ischial tuberosity.',
    source: 'BASE_MAP',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-s2-sacral-insufficiency-fracture',
    roots: ['S2'],
    story:
      'An 81-year-old woman with osteoporosis slipped and sat down hard on her kitchen floor. A week later she has ' +
      'low back and buttock pain and a numb band down the back of her right leg. CT shows a fracture through the ' +
      'right side of the sacrum, crossing the upper sacral foramina.',
    exam:
      'Pinprick is reduced along the back of the right thigh, behind the knee and down the back of the calf. ' +
      'Plantar flexion and dorsiflexion are 5/5. The ankle jerks are present and equal; knee jerks are normal. ' +
      'Perianal sensation is normal, and she passes urine normally.',
    findings: {
      age: 81,
      sex: 'female',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
      sphincter: [],
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'S3'],
    answer: 'S2',
    explanation:
      'The numb strip runs down the back of the thigh, through the popliteal fossa and on down the calf: the S2 ' +
      'dermatome, which fits a fracture through the upper sacral foramina. Strong plantar flexion and a normal ' +
      'ankle jerk argue against S1; the posterior femoral cutaneous nerve ends around the knee and would spare the ' +
      'calf; S3 numbness would sit over the buttock and ischial tuberosity.',
    source: 'BASE_MAP',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-s2-shingles-back-of-leg',
    roots: ['S2'],
    story:
      'A 68-year-old retired bus driver has blisters in a line from the lower part of his right buttock down the ' +
      'back of the thigh to the lower calf, after three days of burning pain there.',
    exam:
      'Light touch is reduced along the line of the rash. Power is normal throughout the leg, and he does twelve ' +
      'single-leg heel raises on each side. His knee and ankle jerks are present. He is passing urine normally.',
    findings: {
      age: 68,
      sex: 'male',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'sciatic'],
    answer: 'S2',
    explanation:
      'A rash in a strip reflects one dorsal root ganglion, and a strip down the back of the thigh into the lower ' +
      'calf is S2. A posterior femoral cutaneous nerve problem cannot cause a rash, and its skin stops near the ' +
      'knee; S1 would involve the heel and outer foot and lower the ankle jerk; a sciatic lesion would weaken the ' +
      'leg. Sacral shingles can also upset the bladder, so it is worth asking.',
    source: 'BASE_MAP',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-s2-sacral-nerve-sheath-tumour',
    roots: ['S2'],
    story:
      'A 55-year-old architect has eight months of deep sacral ache and a slowly widening numb stripe behind his ' +
      'left thigh and knee that now reaches down his calf. MRI shows a nerve-sheath tumour arising from an upper ' +
      'sacral root on the left.',
    exam:
      'Pinprick is reduced in a strip from the gluteal fold down the back of the thigh, across the popliteal fossa ' +
      'and along the back of the calf; the outer foot and heel feel normal. Strength is normal, plantar flexion ' +
      'included. Ankle jerks and knee jerks are normal.',
    findings: {
      age: 55,
      sex: 'male',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'S3'],
    answer: 'S2',
    explanation:
      'Skin change that continues from the back of the thigh through the popliteal fossa into the calf follows ' +
      'the S2 strip. Spared heel and outer foot, normal plantar flexion and a normal ankle jerk count against S1; ' +
      'the posterior femoral cutaneous nerve would not reach down the calf; S3 stays on the buttock.',
    source: 'BASE_MAP',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-s2-marathon-sacral-stress-fracture',
    roots: ['S2'],
    story:
      'A 24-year-old student training for her first marathon has deep pain low in her back and left buttock, and ' +
      'altered feeling running down the back of her left thigh and calf. MRI shows a stress fracture of the upper ' +
      'sacrum on the left.',
    exam:
      'Light touch and pinprick are reduced down the posterior thigh and the back of the calf to below its ' +
      'middle; the heel and sole are normal. Power is full, and she can hop on her left toes. Knee jerks and ' +
      'ankle jerks are normal.',
    findings: {
      age: 24,
      sex: 'female',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'L5'],
    answer: 'S2',
    explanation:
      'A strip down the posterior thigh into the lower calf, with normal heel and sole, is S2; an upper sacral ' +
      'fracture can irritate it. S1 would numb the heel and sole and weaken hopping on the toes; the posterior ' +
      'femoral cutaneous nerve stops around the knee; L5 numbs the lateral leg and dorsum and weakens great toe ' +
      'extension.',
    source: 'BASE_MAP',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-s2-motorcyclist-sacral-fracture',
    roots: ['S2'],
    story:
      'A 19-year-old motorcyclist broke his pelvis in a crash, with a fracture running vertically through the left ' +
      'sacral foramina that has been fixed with screws. Two weeks on he has tingling down the back of his left ' +
      'thigh and calf.',
    exam:
      'Pinprick is reduced over the posterior thigh, the popliteal fossa and the back of the calf, while the sole ' +
      'and heel feel normal. Power in the leg is normal, and he manages ten heel raises on each leg. Ankle jerks ' +
      'are equal and knee jerks normal. Perianal sensation and anal tone are normal.',
    findings: {
      age: 19,
      sex: 'male',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
      sphincter: [],
    },
    options: ['S2', 'S1', 'sciatic', 'posterior-femoral-cutaneous', 'S3'],
    answer: 'S2',
    explanation:
      'A fracture through the sacral foramina can injure the roots passing through them; a strip along the back ' +
      'of the thigh, popliteal fossa and calf, with the sole spared, names S2. S1 would numb the heel and sole and ' +
      'weaken the calf; a sciatic injury would weaken the leg; the posterior femoral cutaneous nerve would spare ' +
      'the calf; S3 skin is the buttock and ischial tuberosity.',
    source: 'BASE_MAP',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-s2-lung-cancer-sacral-deposit',
    roots: ['S2'],
    story:
      'A 72-year-old former miner with lung cancer has a month of sacral pain at night and numbness spreading down ' +
      'the back of his right leg from the buttock crease.',
    exam:
      'Light touch is reduced along a strip from the gluteal crease down the back of the thigh and calf. Plantar ' +
      'flexion is full, and the outer foot and heel feel normal. The knee jerks are normal, and the ankle jerks ' +
      'are present. He has no urinary symptoms, and perianal sensation is intact.',
    findings: {
      age: 72,
      sex: 'male',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
    },
    options: ['S2', 'S1', 'posterior-femoral-cutaneous', 'S3'],
    answer: 'S2',
    explanation:
      'Night pain in a man with cancer suggests a sacral deposit, and the strip from the gluteal crease down the ' +
      'back of the thigh and calf is S2. S1 would take in the heel and outer foot and weaken plantar flexion; the ' +
      'posterior femoral cutaneous nerve would spare the calf; S3 covers the buttock near the ischial tuberosity. ' +
      'Intact perianal sensation and bladder function matter: their loss would make this an emergency.',
    source: 'BASE_MAP',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-s2-potter-hard-bench',
    roots: ['S2'],
    story:
      'A 58-year-old potter who sits for hours on a hard bench at her wheel has numbness behind her right thigh, ' +
      'and she wondered whether the bench was pressing on a nerve. Over two months it has spread down into her ' +
      'calf, and she has a deep ache in the sacrum.',
    exam:
      'Pinprick is reduced from the back of the thigh through the popliteal fossa to the lower calf. She can walk ' +
      'on her toes and her heels, and strength is normal throughout. Her ankle jerks and knee jerks are normal.',
    findings: {
      age: 58,
      sex: 'female',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['posterior-femoral-cutaneous', 'S2', 'S1', 'sciatic'],
    answer: 'S2',
    explanation:
      'Hard seats can compress the posterior femoral cutaneous nerve, but its skin ends around the popliteal ' +
      'fossa; numbness that carries on into the lower calf follows the S2 strip, and the sacral ache fits a root ' +
      'cause. Normal toe walking and ankle jerks argue against S1, and normal strength against a sciatic lesion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.65,
  }),
];

export const sacralVignettes: CardDraft[] = [...s1, ...s2];
