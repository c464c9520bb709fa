import type { CardDraft } from '../../types.js';
import { peripheralCase } from './case.js';

/**
 * Dermatomal-vs-peripheral cases: the answer is sometimes the nerve, sometimes the root it mimics.
 * Purely sensory nerves never come with weakness when they are the answer.
 */

const groinAndThigh: CardDraft[] = [
  peripheralCase({
    id: 'per-ilioinguinal-open-mesh-repair',
    roots: ['L1'],
    story:
      'A 46-year-old bus mechanic had an open mesh repair of a right inguinal hernia two weeks ago. Since the ' +
      'operation he has had burning pain in the groin that spreads to the upper inner thigh and the root of the ' +
      'penis, worse when he stands up straight.',
    exam:
      'Light touch is reduced over the right groin crease, the upper inner thigh and the base of the penis; the ' +
      'skin of the flank and back is normal. Pressing just inside the front of the hip bone reproduces the burning. ' +
      'He has full strength in hip flexion, in adduction and at the knee. The knee jerks are normal.',
    findings: {
      age: 46,
      sex: 'male',
      sensoryPattern: { nerve: 'ilioinguinal' },
      weakActions: [],
      reflexes: { knee: 'normal' },
    },
    options: ['ilioinguinal', 'L1', 'genitofemoral', 'obturator'],
    answer: 'ilioinguinal',
    explanation:
      'Burning that starts with an open inguinal repair and covers the groin crease, upper inner thigh and root of ' +
      'the penis is ilioinguinal neuralgia, and full power fits a nerve with no leg muscles. L1 supplies similar ' +
      "skin, but its band wraps round from the back, which is normal here. The genitofemoral nerve's thigh branch " +
      'numbs the skin over the femoral triangle, further out; an obturator lesion would weaken adduction.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
  }),
  peripheralCase({
    id: 'per-ilioinguinal-caesarean-scar',
    roots: ['L1'],
    story:
      'A 34-year-old midwife had a caesarean section through a low transverse incision three weeks ago. Burning ' +
      'pain now runs from the right end of the scar into the groin, the mons and the upper inner thigh, and she ' +
      'walks slightly bent forward because standing straight makes it worse.',
    exam:
      'Pinprick is altered over the right groin, the mons and the top of the inner thigh; the mid-thigh, the outer ' +
      'thigh and the back are normal. Pressing just inside the right anterior superior iliac spine reproduces the ' +
      'pain. Hip flexion and adduction are 5/5, and knee extension is 5/5. Knee and ankle jerks are normal.',
    findings: {
      age: 34,
      sex: 'female',
      sensoryPattern: { nerve: 'ilioinguinal' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['ilioinguinal', 'L1', 'genitofemoral', 'lateral-femoral-cutaneous', 'obturator'],
    answer: 'ilioinguinal',
    explanation:
      'The end of a low transverse incision can trap the ilioinguinal nerve, whose skin is exactly the groin, mons ' +
      'and upper inner thigh; normal power is what a nerve without leg muscles gives. L1 would come with a band ' +
      'from the spine, usually with back pain; the genitofemoral thigh branch lies over the femoral triangle; the ' +
      'lateral femoral cutaneous nerve covers the outer thigh; an obturator lesion would weaken adduction.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-genitofemoral-laparoscopic-hernia',
    roots: ['L1', 'L2'],
    story:
      'A 38-year-old removal man had a laparoscopic repair of a left inguinal hernia a month ago. Since then he has ' +
      'had burning in a small patch on the upper front of his left thigh, just below the middle of the groin ' +
      'crease, and in the left side of the scrotum.',
    exam:
      'Light touch is reduced over that patch of the upper anterior thigh and over the left scrotum, while the ' +
      'groin crease, the inner thigh and the flank are normal. The left cremasteric reflex is absent. Hip flexion ' +
      'and knee extension are full. The knee jerks are normal.',
    findings: {
      age: 38,
      sex: 'male',
      sensoryPattern: { nerve: 'genitofemoral' },
      weakActions: [],
      reflexes: { cremasteric: 'absent', knee: 'normal' },
    },
    options: ['genitofemoral', 'ilioinguinal', 'L1', 'L2', 'lateral-femoral-cutaneous'],
    answer: 'genitofemoral',
    explanation:
      'The genitofemoral nerve sends a femoral branch to the skin over the femoral triangle and a genital branch to ' +
      'the scrotum and the cremaster, so this patch, the scrotal numbness and the lost cremasteric reflex all fit, ' +
      'and laparoscopic repairs work close to it. The ilioinguinal nerve numbs the groin crease and inner thigh, ' +
      'spared here; L1 or L2 would bring a band from the back, and L2 weak hip flexion; the lateral femoral ' +
      'cutaneous nerve numbs the outer thigh.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.7,
  }),
  peripheralCase({
    id: 'per-genitofemoral-after-appendicectomy',
    roots: ['L1', 'L2'],
    story:
      'A 27-year-old barista had an open appendicectomy six weeks ago. She now has burning in a small area at the ' +
      'top of the front of her right thigh, just under the groin crease, which spreads into the right labium ' +
      'majus.',
    exam:
      'Pinprick is reduced over the upper anterior thigh below the middle of the inguinal ligament and over the ' +
      'right labium majus; the back, the flank and the inner thigh are normal. Hip flexion, knee extension and hip ' +
      'adduction are 5/5. The knee jerks are normal.',
    findings: {
      age: 27,
      sex: 'female',
      sensoryPattern: { nerve: 'genitofemoral' },
      weakActions: [],
      reflexes: { knee: 'normal' },
    },
    options: ['genitofemoral', 'L1', 'ilioinguinal', 'lateral-femoral-cutaneous'],
    answer: 'genitofemoral',
    explanation:
      'A patch over the femoral triangle together with the labium majus is the territory of the genitofemoral ' +
      "nerve's two branches, and the nerve runs near the operating field in the right iliac fossa. L1 would add a " +
      'band from the spine; the ilioinguinal nerve covers the groin crease, mons and inner thigh, which are ' +
      'normal; the lateral femoral cutaneous nerve covers the outer thigh. Full power fits a nerve without leg ' +
      'muscles.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.7,
  }),
  peripheralCase({
    id: 'per-lfcn-pregnancy-meralgia',
    roots: ['L2', 'L3'],
    story:
      'A 26-year-old woman, 32 weeks into her first pregnancy, has burning and numbness on the outer side of her ' +
      'right thigh that is worse when she stands for long.',
    exam:
      'Light touch is reduced over an oval area of the anterolateral thigh, from below the hip to above the knee; ' +
      'the groin, the middle of the front of the thigh and the knee are normal. Hip flexion and knee extension are ' +
      '5/5. Knee jerks are present and equal.',
    findings: {
      age: 26,
      sex: 'female',
      sensoryPattern: { nerve: 'lateral-femoral-cutaneous' },
      weakActions: [],
      reflexes: { knee: 'normal' },
    },
    options: ['lateral-femoral-cutaneous', 'L2', 'L3', 'femoral'],
    answer: 'lateral-femoral-cutaneous',
    explanation:
      'Numbness confined to the anterolateral thigh with full power and a normal knee jerk is meralgia ' +
      'paraesthetica: the purely sensory lateral femoral cutaneous nerve squeezed at the inguinal ligament, common ' +
      'late in pregnancy. L2 would weaken hip flexion, L3 knee extension and adduction; a femoral lesion would ' +
      'weaken the quadriceps and lower the knee jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.3,
  }),
  peripheralCase({
    id: 'per-lfcn-electrician-tool-belt',
    roots: ['L2', 'L3'],
    story:
      'A 58-year-old electrician, overweight, who wears a heavy tool belt slung low on his hips, has two months of ' +
      'tingling and numbness on the outside of his left thigh.',
    exam:
      'Pinprick is dulled over the outer front of the left thigh; the inner thigh, the knee and the leg are normal. ' +
      'Tapping just inside the anterior superior iliac spine sets off tingling down the outer thigh. Power is full ' +
      'in hip flexion, knee extension and hip adduction. Knee and ankle jerks are normal.',
    findings: {
      age: 58,
      sex: 'male',
      sensoryPattern: { nerve: 'lateral-femoral-cutaneous' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['lateral-femoral-cutaneous', 'L3', 'L2', 'femoral'],
    answer: 'lateral-femoral-cutaneous',
    explanation:
      'The tool belt presses on the lateral femoral cutaneous nerve where it passes close to the anterior superior ' +
      "iliac spine; outer-thigh numbness with a local Tinel's sign, full power and normal reflexes fit. An L2 or L3 " +
      'root lesion would usually bring weakness (hip flexion, or knee extension and adduction), and L3 a reduced ' +
      'knee jerk; the femoral nerve would weaken the quadriceps.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.35,
  }),
  peripheralCase({
    id: 'per-lfcn-army-recruit-hip-belt',
    roots: ['L2', 'L3'],
    story:
      'A 19-year-old army recruit has tingling on the outside of his right thigh after a week of route marches ' +
      'carrying a heavy pack with a tight hip belt.',
    exam:
      'Light touch is reduced over the anterolateral right thigh, and the groin and inner thigh are spared. Hip ' +
      'flexion, adduction and knee extension are full. The knee jerks are normal, and the cremasteric reflexes are ' +
      'present.',
    findings: {
      age: 19,
      sex: 'male',
      sensoryPattern: { nerve: 'lateral-femoral-cutaneous' },
      weakActions: [],
      reflexes: { knee: 'normal', cremasteric: 'normal' },
    },
    options: ['lateral-femoral-cutaneous', 'L2', 'L1', 'femoral', 'genitofemoral'],
    answer: 'lateral-femoral-cutaneous',
    explanation:
      'A tight hip belt compresses the lateral femoral cutaneous nerve near the anterior superior iliac spine, and ' +
      'outer-thigh numbness with normal power and reflexes is the classic result. L2 would weaken hip flexion; L1 ' +
      'and the genitofemoral nerve would numb the groin or the skin over the femoral triangle; a femoral lesion ' +
      'would weaken knee extension and lower the knee jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.3,
  }),
  peripheralCase({
    id: 'per-femoral-iliacus-haematoma-warfarin',
    roots: ['L3', 'L4'],
    story:
      'A 72-year-old retired butcher on warfarin for atrial fibrillation had sudden pain in his right groin and ' +
      'flank yesterday, and this morning his right knee buckled as he stood up. His INR is well above the target ' +
      'range.',
    exam:
      'Pinprick is reduced over the front of the right thigh and along the inner side of the leg. Knee extension is ' +
      '2/5 and hip flexion 4/5; hip adduction is 5/5, and ankle dorsiflexion is 5/5. The right knee jerk is absent; ' +
      'the ankle jerks are normal. He lies with the hip bent because straightening it hurts.',
    findings: {
      age: 72,
      sex: 'male',
      sensoryPattern: { nerve: 'femoral' },
      weakActions: ['knee extension', 'hip flexion'],
      reflexes: { knee: 'absent', ankle: 'normal' },
    },
    options: ['femoral', 'L3', 'L4', 'obturator', 'L2'],
    answer: 'femoral',
    explanation:
      'Bleeding into the iliacus on warfarin compresses the femoral nerve inside the pelvis, weakening the ' +
      'quadriceps and iliacus, removing the knee jerk and numbing the front of the thigh and, through the saphenous ' +
      'branch, the medial leg. Normal hip adduction decides it: the adductors belong to the obturator nerve, and ' +
      'an L3 root lesion would weaken them as well. L4 would also weaken dorsiflexion; L2 would spare the ' +
      'quadriceps; an obturator lesion would weaken adduction.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-femoral-hysterectomy-retractor',
    roots: ['L3', 'L4'],
    story:
      'A 45-year-old office manager had an abdominal hysterectomy through a lower midline incision yesterday, with ' +
      'a self-retaining retractor. Today she cannot keep her left knee straight when she stands, and the front of ' +
      'her thigh feels numb.',
    exam:
      'Light touch is reduced over the anterior thigh and the medial side of the lower leg. Knee extension is 2/5. ' +
      'Hip adduction is 5/5, and dorsiflexion and plantar flexion are 5/5. The left knee jerk is absent. Ankle ' +
      'jerks are normal.',
    findings: {
      age: 45,
      sex: 'female',
      sensoryPattern: { nerve: 'femoral' },
      weakActions: ['knee extension'],
      reflexes: { knee: 'absent', ankle: 'normal' },
    },
    options: ['femoral', 'L3', 'obturator', 'L4'],
    answer: 'femoral',
    explanation:
      'Retractor blades can press the femoral nerve against the side wall of the pelvis. Weak knee extension, a ' +
      'lost knee jerk and numbness of the front of the thigh and medial leg fit that nerve, and normal adduction ' +
      'shows the obturator territory is spared. An L3 root lesion would weaken adduction too; an obturator lesion ' +
      'would weaken adduction instead of the quadriceps; L4 would often weaken dorsiflexion and would spare the ' +
      'front of the thigh.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-femoral-groin-haematoma-angiogram',
    roots: ['L3', 'L4'],
    story:
      'A 61-year-old man had a coronary angiogram through the right femoral artery two days ago, and a large bruise ' +
      'has spread across his groin. Since this morning his right knee has been giving way on the stairs.',
    exam:
      'Pinprick is reduced over the front of the thigh and down the inner side of the leg. The right quadriceps are ' +
      '3/5; hip adduction and ankle dorsiflexion are full. The right knee jerk is reduced, and the ankle jerks are ' +
      'present.',
    findings: {
      age: 61,
      sex: 'male',
      sensoryPattern: { nerve: 'femoral' },
      weakActions: ['knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['femoral', 'L3', 'L4', 'saphenous', 'obturator'],
    answer: 'femoral',
    explanation:
      'A groin haematoma after femoral artery puncture can compress the femoral nerve, so the quadriceps weaken and ' +
      'the knee jerk drops, while hip adduction, served by the obturator nerve, stays strong. That normal adduction ' +
      'argues against an L3 root lesion and the normal dorsiflexion against L4; the saphenous nerve is only the ' +
      "femoral nerve's sensory branch to the leg and cannot weaken the quadriceps; an obturator lesion weakens " +
      'adduction.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-obturator-prolonged-labour',
    roots: ['L3'],
    story:
      'A 28-year-old woman had a long labour with her legs in stirrups and a forceps delivery yesterday. Today her ' +
      'right leg swings outward as she walks, and a patch on the inside of her thigh feels numb.',
    exam:
      'Pinprick is reduced over a palm-sized area on the inner thigh above the knee. Hip adduction is 3/5 on the ' +
      'right; knee extension and hip flexion are 5/5. The knee jerks and ankle jerks are normal.',
    findings: {
      age: 28,
      sex: 'female',
      sensoryPattern: { nerve: 'obturator' },
      weakActions: ['hip adduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['obturator', 'L3', 'femoral', 'L2', 'saphenous'],
    answer: 'obturator',
    explanation:
      'Weak adduction with numbness of the innermost thigh and full knee extension is an obturator nerve palsy, a ' +
      'known complication of labour. The strong quadriceps and normal knee jerk argue against L3, which weakens ' +
      'knee extension and lowers the knee jerk; the femoral nerve spares adduction; L2 would weaken hip flexion; ' +
      'the saphenous nerve is sensory and supplies the medial knee and leg.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
  }),
  peripheralCase({
    id: 'per-obturator-hernia-thin-elderly',
    roots: ['L3'],
    story:
      'An 84-year-old very thin woman has had a week of pain running down the inside of her left thigh to the ' +
      'knee, worse when she stretches the leg backward or turns it inward. She has also vomited twice, and her ' +
      'abdomen is bloated.',
    exam:
      'Light touch is reduced over the inner thigh. Hip adduction is 4/5 on the left, while knee extension is 5/5. ' +
      'The knee jerks are equal; the ankle jerks are equal.',
    findings: {
      age: 84,
      sex: 'female',
      sensoryPattern: { nerve: 'obturator' },
      weakActions: ['hip adduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['obturator', 'L3', 'femoral', 'saphenous'],
    answer: 'obturator',
    explanation:
      'An obturator hernia, typical of thin elderly women, presses on the obturator nerve in its canal: inner-thigh ' +
      'pain provoked by extending and inwardly rotating the hip, weak adduction and inner-thigh numbness, here with ' +
      'vomiting and bloating that suggest trapped bowel needing surgery. Full knee extension and a normal knee jerk ' +
      'argue against L3; the femoral nerve would weaken the quadriceps; the saphenous nerve causes no weakness.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.65,
  }),
  peripheralCase({
    id: 'per-saphenous-acl-hamstring-graft',
    roots: ['L4'],
    story:
      'A 24-year-old basketball player had his anterior cruciate ligament rebuilt three months ago with a hamstring ' +
      'graft taken through a cut on the inner side of the knee. Ever since, the inside of his knee and the upper ' +
      'inner shin have felt numb.',
    exam:
      'Light touch is reduced over the medial knee and the upper medial leg. Power is full at the hip, knee and ' +
      'ankle. His knee and ankle reflexes are normal and equal on both sides.',
    findings: {
      age: 24,
      sex: 'male',
      sensoryPattern: { nerve: 'saphenous' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['saphenous', 'L4', 'L3', 'femoral'],
    answer: 'saphenous',
    explanation:
      'A hamstring graft harvested through a medial incision often injures the saphenous nerve or its ' +
      'infrapatellar branch. Medial knee and leg numbness with full power and a normal knee jerk is a purely ' +
      'sensory nerve lesion. L3 or L4 would usually weaken knee extension (L4 sometimes dorsiflexion) and reduce ' +
      'the knee jerk; a femoral lesion would weaken the quadriceps.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.4,
  }),
  peripheralCase({
    id: 'per-saphenous-vein-stripping',
    roots: ['L4'],
    story:
      'A 67-year-old retired shop assistant had her great saphenous vein stripped for varicose veins a month ago. ' +
      'Since then the inside of her left leg and ankle has felt numb.',
    exam:
      'Pinprick is reduced along the medial leg, around the medial malleolus and on the inner edge of the foot. ' +
      'Knee extension, ankle dorsiflexion and great toe extension are 5/5. The left knee jerk is normal, as are ' +
      'both ankle jerks.',
    findings: {
      age: 67,
      sex: 'female',
      sensoryPattern: { nerve: 'saphenous' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['saphenous', 'L4', 'L5', 'femoral'],
    answer: 'saphenous',
    explanation:
      'In the lower leg the saphenous nerve runs with the great saphenous vein and is easily bruised when the vein ' +
      'is stripped. Numbness of the medial leg and ankle with full strength and a normal knee jerk is a saphenous ' +
      'lesion. L4 shares this skin but would weaken knee extension or dorsiflexion and reduce the knee jerk; L5 ' +
      'numbs the lateral leg and dorsum; the femoral nerve would weaken the quadriceps.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.35,
  }),
];

const legAndFoot: CardDraft[] = [
  peripheralCase({
    id: 'per-common-fibular-cross-legged-translator',
    roots: ['L5'],
    story:
      'A 52-year-old translator has lost 12 kg on a new diet and has spent the last few weeks working for hours ' +
      'with his right leg crossed over the left. Two days ago he noticed his right foot slapping on the floor.',
    exam:
      'He cannot walk on his right heel. Ankle dorsiflexion is 2/5, great toe extension 2/5 and ankle eversion 3/5. ' +
      'Ankle inversion is 5/5, and hip abduction is 5/5. Light touch is reduced over the lateral calf and the ' +
      'dorsum of the foot. Knee and ankle jerks are normal.',
    findings: {
      age: 52,
      sex: 'male',
      sensoryPattern: { nerve: 'common-fibular' },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle eversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['common-fibular', 'L5', 'deep-fibular', 'S1'],
    answer: 'common-fibular',
    explanation:
      'Leg crossing and weight loss both expose the common fibular nerve where it winds round the fibular head. ' +
      'Foot drop with weak eversion but normal inversion (tibialis posterior, tibial nerve) and normal hip ' +
      'abduction (superior gluteal nerve) places the lesion in that nerve rather than at L5. The deep fibular ' +
      'branch alone would spare eversion and numb only the first web space; S1 would weaken plantar flexion and ' +
      'lower the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
  }),
  peripheralCase({
    id: 'per-common-fibular-strawberry-picker',
    roots: ['L5'],
    story:
      'A 23-year-old seasonal fruit picker spends his days squatting between rows of strawberries. After a week his ' +
      'left foot began to catch on the ground.',
    exam:
      'Dorsiflexion is 3/5, great toe extension 3/5 and eversion 3/5 on the left. Inversion and hip abduction are ' +
      'full, and he walks on his toes easily. Pinprick is reduced over the outer side of the lower leg and the top ' +
      'of the foot. The knee jerks, ankle jerks and medial hamstring reflexes are normal.',
    findings: {
      age: 23,
      sex: 'male',
      sensoryPattern: { nerve: 'common-fibular' },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle eversion'],
      reflexes: { knee: 'normal', ankle: 'normal', 'medial-hamstring': 'normal' },
    },
    options: ['common-fibular', 'L5', 'L4', 'superficial-fibular'],
    answer: 'common-fibular',
    explanation:
      'Long hours of squatting stretch and press the common fibular nerve at the fibular head. Weak dorsiflexion, ' +
      'toe extension and eversion with normal inversion and hip abduction put the lesion in that nerve rather than ' +
      'at L5, which would weaken inversion and hip abduction too. L4 would reduce the knee jerk and numb the medial ' +
      'leg; a superficial fibular lesion alone would spare dorsiflexion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
  }),
  peripheralCase({
    id: 'per-common-fibular-teen-knee-brace',
    roots: ['L5'],
    story:
      'A 15-year-old footballer sprained his knee and was fitted with a tight hinged brace whose lower strap sits ' +
      'just below the knee. After two days of wearing it day and night, his right foot hangs down when he lifts ' +
      'the leg.',
    exam:
      'Ankle dorsiflexion is 2/5 and eversion is 3/5. Inversion and plantar flexion are 5/5, and hip abduction is ' +
      '5/5. The outer calf and the top of the foot are numb to light touch. Both knee jerks and both ankle jerks ' +
      'are normal.',
    findings: {
      age: 15,
      sex: 'male',
      sensoryPattern: { nerve: 'common-fibular' },
      weakActions: ['ankle dorsiflexion', 'ankle eversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['common-fibular', 'L5', 'S1', 'deep-fibular'],
    answer: 'common-fibular',
    explanation:
      'A strap just below the knee lies on the common fibular nerve at the fibular neck. Weak dorsiflexion and ' +
      'eversion with normal inversion and hip abduction point to that nerve rather than L5, and numbness over both ' +
      'the lateral calf and the dorsum means the whole nerve, not just its deep branch, which would spare eversion ' +
      'and numb only the first web space (a deep fibular lesion). S1 would weaken plantar flexion and lower the ' +
      'ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.4,
  }),
  peripheralCase({
    id: 'per-superficial-fibular-trail-runner',
    roots: ['L5'],
    story:
      'A 31-year-old trail runner with recurrent sprains of her right ankle has tingling over the top of her right ' +
      'foot whenever she runs downhill.',
    exam:
      'Light touch is reduced over most of the dorsum of the foot, sparing the first web space and the lateral leg ' +
      "above the ankle. Tapping over the outer lower leg, about a hand's breadth above the ankle, sends tingling " +
      'onto the foot. Dorsiflexion, great toe extension, eversion, inversion and hip abduction are all 5/5. Knee ' +
      'and ankle jerks are normal.',
    findings: {
      age: 31,
      sex: 'female',
      sensoryPattern: { nerve: 'superficial-fibular' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['superficial-fibular', 'L5', 'deep-fibular', 'common-fibular'],
    answer: 'superficial-fibular',
    explanation:
      "The superficial fibular nerve pierces the fascia of the lower outer leg, where the Tinel's sign is, and " +
      'supplies most of the dorsum of the foot but not the first web space. Full strength excludes a common fibular ' +
      'lesion, and L5 numbness would reach up the lateral leg, usually with weak great toe extension. The deep ' +
      'fibular nerve supplies only the first web space, which is spared.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-superficial-fibular-lateral-compartment-kick',
    roots: ['L5'],
    story:
      'A 44-year-old five-a-side footballer took a studded kick to the outer side of his right mid-calf. The ' +
      'bruise is fading, but the top of his foot feels numb and he keeps rolling the ankle on uneven ground.',
    exam:
      'Eversion is 3/5 on the right. Dorsiflexion, great toe extension and inversion are 5/5, and hip abduction is ' +
      'full. Light touch is reduced over the dorsum of the foot apart from the first web space. Knee and ankle ' +
      'jerks are normal.',
    findings: {
      age: 44,
      sex: 'male',
      sensoryPattern: { nerve: 'superficial-fibular' },
      weakActions: ['ankle eversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['superficial-fibular', 'common-fibular', 'L5', 'deep-fibular', 'S1'],
    answer: 'superficial-fibular',
    explanation:
      'Weak eversion with strong dorsiflexion and great toe extension separates the superficial fibular nerve ' +
      '(peroneus longus and brevis in the lateral compartment) from the deep fibular and common fibular nerves, ' +
      'which would weaken dorsiflexion. Dorsal numbness sparing the first web space is its skin. L5 would weaken great ' +
      'toe extension, inversion and hip abduction; S1 would lower the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-deep-fibular-tight-laces',
    roots: ['L5'],
    story:
      'A 35-year-old climber who laces her approach boots very tightly over the instep has a numb patch between ' +
      'her big toe and second toe on the left.',
    exam:
      'Light touch is reduced only in the first web space; the rest of the dorsum and the lateral leg feel normal. ' +
      'Dorsiflexion, great toe extension, eversion and inversion are 5/5. Knee and ankle jerks are normal.',
    findings: {
      age: 35,
      sex: 'female',
      sensoryPattern: { nerve: 'deep-fibular' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['deep-fibular', 'superficial-fibular', 'L5', 'common-fibular'],
    answer: 'deep-fibular',
    explanation:
      'Tight laces over the front of the ankle can press on the deep fibular nerve in the anterior tarsal tunnel, ' +
      'below the branches to the leg muscles, so power stays full and the numbness is confined to the first web ' +
      'space. The superficial fibular nerve supplies the rest of the dorsum, which is normal; L5 would numb the ' +
      'lateral leg and dorsum; a common fibular lesion would weaken dorsiflexion and eversion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.4,
  }),
  peripheralCase({
    id: 'per-deep-fibular-anterior-compartment',
    roots: ['L5'],
    story:
      'A 22-year-old motorcyclist needed a fasciotomy for anterior compartment syndrome after a tibial fracture. ' +
      'Three months later his right foot still drags.',
    exam:
      'Dorsiflexion is 2/5 and great toe extension 2/5. Eversion is 5/5, inversion is 5/5, and hip abduction is ' +
      'full. Pinprick is reduced in the first web space only. The knee and ankle jerks are normal.',
    findings: {
      age: 22,
      sex: 'male',
      sensoryPattern: { nerve: 'deep-fibular' },
      weakActions: ['ankle dorsiflexion', 'great toe extension'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['deep-fibular', 'common-fibular', 'L5', 'superficial-fibular', 'L4'],
    answer: 'deep-fibular',
    explanation:
      'The deep fibular nerve runs in the anterior compartment and supplies the dorsiflexors and toe extensors and ' +
      'the skin of the first web space. Normal eversion shows the superficial branch is intact, which counts ' +
      'against a common fibular lesion; normal inversion and hip abduction argue against L5; L4 would reduce the ' +
      'knee jerk and numb the medial leg; the superficial fibular nerve would weaken eversion, not dorsiflexion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-sural-ankle-fixation-teen',
    roots: ['S1'],
    story:
      'A 16-year-old netball player had her broken right ankle fixed with a plate on the outer side of the fibula. ' +
      'Since the operation the outer edge of her foot has been numb.',
    exam:
      'Pinprick is reduced along the lateral border of the foot to the little toe and over the outer heel. Power ' +
      'is normal, and she does ten single-leg heel raises on each side. Both ankle jerks are present and equal. ' +
      'Knee jerks are normal.',
    findings: {
      age: 16,
      sex: 'female',
      sensoryPattern: { nerve: 'sural' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['sural', 'S1', 'L5', 'superficial-fibular'],
    answer: 'sural',
    explanation:
      'The sural nerve runs behind the lateral malleolus and is at risk in surgery on the outer ankle. Lateral foot ' +
      'and heel numbness with normal heel raises and a normal ankle jerk is a sural lesion, since the nerve is ' +
      'purely sensory. S1 shares this skin but would weaken plantar flexion and lower the ankle jerk; L5 and the ' +
      'superficial fibular nerve numb the dorsum.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.35,
  }),
  peripheralCase({
    id: 'per-sural-small-saphenous-surgery',
    roots: ['S1'],
    story:
      'A 58-year-old florist had surgery on the small saphenous vein behind her left calf last month. Since then ' +
      'she has had burning and numbness along the outside of her left foot.',
    exam:
      'Light touch is reduced over the lateral heel and the outer edge of the foot, while the sole and the dorsum ' +
      'are normal. Strength is full throughout, and she walks on tiptoe without difficulty. The left ankle jerk is ' +
      'normal. Knee jerks are normal.',
    findings: {
      age: 58,
      sex: 'female',
      sensoryPattern: { nerve: 'sural' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['sural', 'S1', 'tibial-tarsal-tunnel', 'L5'],
    answer: 'sural',
    explanation:
      'The sural nerve runs beside the small saphenous vein, so surgery on that vein can injure it; numbness of the ' +
      'lateral heel and outer foot with full strength and a normal ankle jerk fits. S1 would weaken plantar ' +
      'flexion and lower the ankle jerk; the tibial nerve at the tarsal tunnel numbs the sole; L5 numbs the dorsum.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.4,
  }),
  peripheralCase({
    id: 'per-sural-stiff-skate',
    roots: ['S1'],
    story:
      'A 26-year-old ice-hockey player bought stiff new skates whose upper edge digs in behind his left outer ' +
      'ankle. For two weeks the outer edge of his foot and his little toe have felt numb.',
    exam:
      'Pinprick is reduced from below the lateral malleolus along the outer border of the foot to the little toe. ' +
      'Tapping behind the lateral malleolus reproduces tingling. He does fifteen single-leg heel raises on each ' +
      'side, and strength is full. The ankle jerks are equal, and the knee jerks are equal too.',
    findings: {
      age: 26,
      sex: 'male',
      sensoryPattern: { nerve: 'sural' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['sural', 'S1', 'superficial-fibular', 'S2'],
    answer: 'sural',
    explanation:
      "A hard boot edge behind the lateral malleolus can compress the sural nerve, and a local Tinel's sign with " +
      'outer-foot numbness to the little toe fits. Full calf strength and a normal ankle jerk argue against S1; ' +
      'the superficial fibular nerve numbs the dorsum; S2 numbs the back of the thigh and calf.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.35,
  }),
  peripheralCase({
    id: 'per-tarsal-tunnel-flat-feet-hairdresser',
    roots: ['S1'],
    story:
      'A 49-year-old hairdresser with flat feet stands all day at work. For three months she has had burning in ' +
      'the sole of her right foot and toes, worst at night and after long shifts.',
    exam:
      'Light touch is reduced over the sole and the undersides of the toes, while the heel pad feels normal. ' +
      'Tapping behind the medial malleolus sends tingling into the sole. Calf strength is full, with twelve ' +
      'single-leg heel raises on each side. The ankle jerks are normal. Knee jerks are normal.',
    findings: {
      age: 49,
      sex: 'female',
      sensoryPattern: { nerve: 'tibial-tarsal-tunnel' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['tibial-tarsal-tunnel', 'S1', 'sural', 'L5'],
    answer: 'tibial-tarsal-tunnel',
    explanation:
      "A Tinel's sign behind the medial malleolus with numbness of the sole and toes points to the tibial nerve in " +
      'the tarsal tunnel; the heel is often spared because its branch usually leaves before the tunnel. Full calf ' +
      'strength and a normal ankle jerk argue against S1, which would also numb the heel and outer foot. The sural ' +
      'nerve numbs the outer foot; L5 the dorsum.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-tarsal-tunnel-old-ankle-fracture',
    roots: ['S1'],
    story:
      'A 57-year-old postman broke his left ankle two years ago. Over recent months burning and pins and needles ' +
      'have spread across his left sole, worse at the end of his round.',
    exam:
      'Pinprick is reduced over the sole and toes. There is a firm swelling behind the medial malleolus, and ' +
      'tapping it sends tingling into the toes. He rises onto tiptoe on his left foot ten times without ' +
      'difficulty, and the rest of his power is full. The left ankle jerk is present and equal to the right. Knee jerks are normal.',
    findings: {
      age: 57,
      sex: 'male',
      sensoryPattern: { nerve: 'tibial-tarsal-tunnel' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['tibial-tarsal-tunnel', 'S1', 'sural', 'S2'],
    answer: 'tibial-tarsal-tunnel',
    explanation:
      'Callus or a ganglion after an ankle fracture can narrow the tarsal tunnel behind the medial malleolus, ' +
      "where the plantar nerves run. Sole numbness with a local Tinel's sign, full plantar flexion and a normal " +
      'ankle jerk fit; S1 would weaken plantar flexion and reduce the ankle jerk. The sural nerve supplies the ' +
      'outer foot; S2 the back of the thigh and calf.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
  }),
  peripheralCase({
    id: 'per-pfcn-long-distance-cyclist',
    roots: ['S2'],
    story:
      'A 45-year-old long-distance cyclist has numbness behind his right thigh after a 300-kilometre ride on a ' +
      'narrow, hard seat.',
    exam:
      'Light touch is reduced over the back of the thigh from the gluteal fold to just above the knee; the calf, ' +
      'heel and sole feel normal, and so does the perianal skin. Power is full throughout. The knee and ankle jerks ' +
      'are normal.',
    findings: {
      age: 45,
      sex: 'male',
      sensoryPattern: { nerve: 'posterior-femoral-cutaneous' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['posterior-femoral-cutaneous', 'S2', 'S1', 'sciatic'],
    answer: 'posterior-femoral-cutaneous',
    explanation:
      'Hours of pressure under the buttock can compress the posterior femoral cutaneous nerve, giving numbness on ' +
      'the back of the thigh above the knee with full power and normal reflexes. S2 shares this skin, but its strip ' +
      'carries on down the calf, which is normal; S1 would numb the heel and sole and lower the ankle jerk; a ' +
      'sciatic lesion would weaken the leg.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-pfcn-low-buttock-injection',
    roots: ['S2'],
    story:
      'A 69-year-old woman had an intramuscular injection into the lower part of her left buttock a week ago. ' +
      'Since then she has had burning and numbness on the back of her left thigh.',
    exam:
      'Pinprick is reduced over the lower buttock and the back of the thigh down to the popliteal fossa, and ' +
      'sensation below the knee is normal. Dorsiflexion, plantar flexion and hip abduction are all 5/5. The ankle ' +
      'jerks are equal, and the knee jerks are normal.',
    findings: {
      age: 69,
      sex: 'female',
      sensoryPattern: { nerve: 'posterior-femoral-cutaneous' },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['posterior-femoral-cutaneous', 'sciatic', 'S2', 'S3'],
    answer: 'posterior-femoral-cutaneous',
    explanation:
      'An injection too low in the buttock can hit the posterior femoral cutaneous nerve or the sciatic nerve ' +
      'beside it. Numbness of the lower buttock and back of the thigh that stops at the knee, with full strength ' +
      'and normal reflexes, is the sensory nerve alone; a sciatic injury would weaken the muscles below the knee. ' +
      'S2 would carry on down the calf, and S3 stays on the buttock near the ischial tuberosity.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
];

/** Cases whose answer is the root that a peripheral nerve lesion would mimic. */
const rootMimics: CardDraft[] = [
  peripheralCase({
    id: 'per-l5-after-bariatric-weight-loss',
    roots: ['L5'],
    story:
      'A 41-year-old call-centre worker has lost 30 kg since a gastric bypass last year. For a week her right foot ' +
      'has caught on the kerb, and she has had aching in her lower back and buttock.',
    exam:
      'Ankle dorsiflexion is 3/5 and great toe extension 3/5. Inversion is 4/5, and hip abduction is 4/5. The ' +
      'lateral side of the leg and the dorsum of the foot are numb to pinprick. Knee and ankle jerks are normal.',
    findings: {
      age: 41,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle inversion', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['common-fibular', 'L5', 'deep-fibular', 'S1'],
    answer: 'L5',
    explanation:
      'Rapid weight loss is a classic trigger for a common fibular palsy, but weak inversion (tibialis posterior, ' +
      'tibial nerve) and weak hip abduction (gluteus medius, superior gluteal nerve) cannot come from that nerve: ' +
      'together with foot drop they place the lesion at L5. The deep fibular branch numbs only the first web ' +
      'space; S1 would weaken plantar flexion and lower the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.65,
  }),
  peripheralCase({
    id: 'per-l5-floor-layer-kneeling',
    roots: ['L5'],
    story:
      'A 48-year-old floor layer spends his days kneeling and sitting back on his heels, a position known to ' +
      'squeeze the nerve at the fibular head. His left foot has been dragging for ten days, and coughing sends a ' +
      'pain down the outside of the leg.',
    exam:
      'Dorsiflexion is 4/5, great toe extension 3/5 and eversion 4/5. Ankle inversion is 4/5, and he cannot keep ' +
      'his pelvis level when standing on the left leg. He feels light touch less on the outer shin and over the top ' +
      'of the foot. Knee and ankle jerks are normal.',
    findings: {
      age: 48,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['ankle dorsiflexion', 'great toe extension', 'ankle eversion', 'ankle inversion', 'hip abduction'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['common-fibular', 'L5', 'S1', 'L4'],
    answer: 'L5',
    explanation:
      'Kneeling can compress the common fibular nerve, but that nerve spares inversion and hip abduction. Here ' +
      'inversion is weak and the pelvis drops on one-leg standing (weak hip abduction), so the lesion is the L5 ' +
      'root, as the cough-provoked leg pain suggests. S1 would weaken plantar flexion and lower the ankle jerk; L4 ' +
      'would reduce the knee jerk and numb the medial leg.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-l5-not-deep-fibular',
    roots: ['L5'],
    story:
      'A 36-year-old yoga teacher has had pain from her buttock to her right foot for three weeks. She noticed that ' +
      'her big toe will not lift when she stands barefoot.',
    exam:
      'Great toe extension is 3/5; hip abduction is 4/5; inversion is 4/5. Dorsiflexion is 5/5. Pinprick is ' +
      'reduced over the lateral shin, across the dorsum of the foot and into the first web space. Knee and ankle ' +
      'jerks are normal.',
    findings: {
      age: 36,
      sex: 'female',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['great toe extension', 'hip abduction', 'ankle inversion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['deep-fibular', 'L5', 'common-fibular', 'superficial-fibular'],
    answer: 'L5',
    explanation:
      'Weak great toe extension with first-web-space numbness might suggest the deep fibular nerve, but the ' +
      'numbness also covers the lateral shin and the whole dorsum, and inversion and hip abduction are weak, which ' +
      'neither the deep fibular nor the common fibular nerve can explain. That is the L5 root, with normal knee and ankle jerks. The ' +
      'superficial fibular nerve would weaken eversion and spare the toe.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-s1-work-boots-not-sural',
    roots: ['S1'],
    story:
      'A 33-year-old delivery driver started wearing new high-top work boots that rub behind his right outer ' +
      'ankle. A week later the outer edge of his right foot went numb, and he has had a dull ache in his buttock.',
    exam:
      'Pinprick is reduced along the outer border of the foot, the little toe and the heel. He manages only four ' +
      'single-leg heel raises on the right. The right ankle jerk is absent, and his knee jerks are normal. Great ' +
      'toe extension is full.',
    findings: {
      age: 33,
      sex: 'male',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
    },
    options: ['sural', 'S1', 'L5', 'tibial-tarsal-tunnel'],
    answer: 'S1',
    explanation:
      'Boots rubbing behind the outer ankle suggest the sural nerve, but that nerve is purely sensory: weak heel ' +
      'raises and an absent ankle jerk put the lesion at S1. L5 would keep the ankle jerk and numb the dorsum; the ' +
      'tibial nerve at the tarsal tunnel would spare the calf and the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-s1-flat-feet-not-tarsal-tunnel',
    roots: ['S1'],
    story:
      'A 61-year-old school cook with long-standing flat feet has burning in her left sole, and her podiatrist ' +
      'suspects tarsal tunnel syndrome. She also mentions back stiffness and pain down the back of her thigh.',
    exam:
      'She feels light touch poorly on the heel, across the sole and along the outer edge of the foot. A tap ' +
      'behind the medial malleolus provokes nothing. Plantar flexion is 4/5, and she cannot rise onto her left ' +
      'toes alone. The ' +
      'left ankle jerk is reduced. Knee jerks are normal.',
    findings: {
      age: 61,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
    },
    options: ['tibial-tarsal-tunnel', 'S1', 'sural', 'L5'],
    answer: 'S1',
    explanation:
      'The tibial nerve in the tarsal tunnel supplies only the foot, so it cannot weaken the calf or lower the ' +
      'ankle jerk, and the heel is usually spared. Weak plantar flexion, a reduced ankle jerk and numbness of the ' +
      'heel, sole and outer foot make S1. The sural nerve is purely sensory; L5 would keep the ankle jerk.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-l4-after-arthroscopy-not-saphenous',
    roots: ['L4'],
    story:
      'A 29-year-old squash player had a knee arthroscopy a month ago. He now has numbness down the inside of his ' +
      'left shin, which he blames on the operation, although the numbness started after he lifted a heavy ' +
      'suitcase, and his back aches.',
    exam:
      'Pinprick is reduced over the medial leg to the medial malleolus. Knee extension is 4/5, and ankle ' +
      'dorsiflexion is 4/5. The left knee jerk is reduced. Ankle jerks are normal.',
    findings: {
      age: 29,
      sex: 'male',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['saphenous', 'L4', 'femoral', 'L5'],
    answer: 'L4',
    explanation:
      'Arthroscopy can injure the saphenous nerve, but it is purely sensory: weak knee extension and dorsiflexion ' +
      'with a reduced knee jerk make this the L4 root. A femoral lesion would not weaken dorsiflexion and would ' +
      'numb the front of the thigh; L5 would keep the knee jerk and numb the dorsum.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-l4-after-angiogram-not-femoral',
    roots: ['L4'],
    story:
      'A 63-year-old retired firefighter had a coronary angiogram through his right groin ten days ago. Since a ' +
      'bout of gardening at the weekend, his right knee has felt weak and the inside of his right shin is numb.',
    exam:
      'Light touch is reduced over the medial leg from below the knee to the medial malleolus; the front of the ' +
      'thigh feels normal. The quadriceps and the ankle dorsiflexors are both 4/5. The right knee jerk is reduced. ' +
      'His ankle jerks are normal.',
    findings: {
      age: 63,
      sex: 'male',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['femoral', 'L4', 'saphenous', 'L3'],
    answer: 'L4',
    explanation:
      'A groin puncture raises the idea of a femoral nerve injury, but the femoral nerve does not supply the ' +
      'dorsiflexors and would numb the front of the thigh, which is normal. Weak knee extension and dorsiflexion, ' +
      'a reduced knee jerk and medial-leg numbness to the malleolus make L4. The saphenous nerve causes no ' +
      'weakness; L3 numbness stops at the knee.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-l3-baker-not-femoral',
    roots: ['L3'],
    story:
      'A 56-year-old baker felt his back lock while lifting flour sacks. Two weeks later his left knee gives way on ' +
      'the bakery steps, and his GP has written "femoral neuropathy?" on the referral.',
    exam:
      'Pinprick is reduced over the lower front of the thigh and the medial knee. Knee extension is 4/5, and hip ' +
      'adduction is 4/5. Ankle dorsiflexion is 5/5. The left knee jerk is reduced; the ankle jerks are normal.',
    findings: {
      age: 56,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['femoral', 'L3', 'obturator', 'L4'],
    answer: 'L3',
    explanation:
      'Weak adduction is the decider: the adductors belong to the obturator nerve, so a femoral lesion would leave ' +
      'them strong. Weak knee extension and adduction together, numbness of the lower thigh and medial knee, and a ' +
      'reduced knee jerk mean the L3 root. An obturator lesion would spare the quadriceps and the knee jerk; L4 ' +
      'would numb the medial leg to the ankle.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  peripheralCase({
    id: 'per-l3-after-childbirth-not-obturator',
    roots: ['L3'],
    story:
      'A 30-year-old architect delivered her baby two weeks ago after a long labour. She has low back pain, and ' +
      'her right thigh feels weak and numb; the ward team wondered about an obturator nerve injury from the ' +
      'delivery.',
    exam:
      'Light touch is reduced over the lower anterior thigh and the inner knee. Hip adduction is 4/5, and knee ' +
      'extension is also 4/5. The right knee jerk is reduced. The ankle jerks are normal.',
    findings: {
      age: 30,
      sex: 'female',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['hip adduction', 'knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['obturator', 'L3', 'femoral', 'L2'],
    answer: 'L3',
    explanation:
      'Labour can injure the obturator nerve, but that nerve does not supply the quadriceps or the knee jerk. Weak ' +
      'adduction AND weak knee extension with a reduced knee jerk and numbness of the lower thigh and knee point to ' +
      'the L3 root that feeds both the obturator and the femoral nerves. A femoral lesion would spare adduction; L2 ' +
      'would weaken hip flexion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
  peripheralCase({
    id: 'per-l2-cyclist-not-meralgia',
    roots: ['L2'],
    story:
      'A 53-year-old club cyclist has a numb area on the front of his left thigh that he assumed came from his ' +
      'tight cycling shorts. He has also noticed that lifting the leg over the crossbar has become an effort.',
    exam:
      'Pinprick is reduced over the middle of the front of the left thigh; the outer thigh feels normal. Hip ' +
      'flexion is 4/5 on the left, and knee extension is 5/5. Knee jerks are normal, and the cremasteric reflexes ' +
      'are equal.',
    findings: {
      age: 53,
      sex: 'male',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', cremasteric: 'normal' },
    },
    options: ['lateral-femoral-cutaneous', 'L2', 'genitofemoral', 'femoral'],
    answer: 'L2',
    explanation:
      'Tight clothing suggests meralgia, but the lateral femoral cutaneous nerve is purely sensory and covers the ' +
      'outer thigh; weak hip flexion with mid-anterior-thigh numbness is the L2 root. The genitofemoral nerve numbs ' +
      'only a patch over the femoral triangle and cannot weaken hip flexion; a femoral lesion would weaken the ' +
      'quadriceps.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.5,
  }),
  peripheralCase({
    id: 'per-s2-pilot-not-pfcn',
    roots: ['S2'],
    story:
      'A 39-year-old long-haul pilot who sits for twelve hours at a time has numbness behind his left thigh. He ' +
      'blamed the seat, but the strip has spread down into his calf and his sacrum aches when he coughs.',
    exam:
      'Light touch is reduced along the back of the thigh, across the popliteal fossa and down the back of the ' +
      'calf to above the ankle. Strength is full, including plantar flexion. His ankle jerks are equal, and his ' +
      'knee jerks are equal.',
    findings: {
      age: 39,
      sex: 'male',
      sensoryPattern: { roots: ['S2'] },
      weakActions: [],
      reflexes: { ankle: 'normal', knee: 'normal' },
    },
    options: ['posterior-femoral-cutaneous', 'S2', 'S1', 'sciatic'],
    answer: 'S2',
    explanation:
      'Long sitting can compress the posterior femoral cutaneous nerve, but its skin ends around the popliteal ' +
      'fossa; a strip that carries on down the calf follows S2, and pain on coughing fits a root cause. Strong ' +
      'plantar flexion and a normal ankle jerk argue against S1, and full strength against a sciatic lesion.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.65,
  }),
  peripheralCase({
    id: 'per-l1-old-caesarean-not-ilioinguinal',
    roots: ['L1'],
    story:
      'A 44-year-old chemistry teacher had a caesarean section through a low transverse incision ten years ago. ' +
      'For a month she has had aching in her lower back and a burning band that curls from beside her spine over ' +
      'the iliac crest into the left groin, worse when she sneezes.',
    exam:
      'Light touch is reduced in the left groin and on the upper inner thigh, and the change continues back along ' +
      'the iliac crest. Hip flexion and knee extension are 5/5. Her knee and ankle reflexes are both normal.',
    findings: {
      age: 44,
      sex: 'female',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['ilioinguinal', 'L1', 'genitofemoral', 'L2'],
    answer: 'L1',
    explanation:
      'An old low transverse scar can trap the ilioinguinal nerve, even years later, so the scar alone does not ' +
      'decide; what does is the extent, since that nerve stays at the front. A band from the spine over the iliac ' +
      'crest to the groin, worse on sneezing, is the L1 root. The genitofemoral nerve would not reach round to the ' +
      'back either; L2 would numb the mid-anterior thigh and may weaken hip flexion, which is full.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.6,
  }),
];

export const peripheralCases: CardDraft[] = [...groinAndThigh, ...legAndFoot, ...rootMimics];
