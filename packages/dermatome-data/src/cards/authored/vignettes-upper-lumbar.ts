import type { CardDraft } from '../../types.js';
import { vignette } from './case.js';

/** Root vignettes for L1, L2 and L3: groin, front of the thigh and knee. */

const l1: CardDraft[] = [
  vignette({
    id: 'vig-l1-zoster-flank-band',
    roots: ['L1'],
    story:
      'A 74-year-old retired teacher has had three days of burning pain that runs from the left side of her lower ' +
      'back, over the top of the hip bone and into the groin; this morning a cluster of small blisters appeared ' +
      'along the same strip.',
    exam:
      'Light touch and pinprick are dulled in the left groin and over the top of the inner thigh. Hip flexion and ' +
      'knee extension are full on both sides. Her knee jerks are present and equal.',
    findings: { age: 74, sex: 'female', sensoryPattern: { roots: ['L1'] }, weakActions: [], reflexes: { knee: 'normal' } },
    options: ['L1', 'L2', 'ilioinguinal', 'genitofemoral', 'lateral-femoral-cutaneous'],
    answer: 'L1',
    explanation:
      'Shingles lives in one dorsal root ganglion, so blisters along a band that starts at the spine and ends in ' +
      'the groin and upper inner thigh mark the L1 dermatome. The ilioinguinal and genitofemoral nerves supply ' +
      'groin skin too, but neither reaches back to the spine. L2 lies lower, across the middle of the front of the ' +
      'thigh, often with weak hip flexion (full here); the lateral femoral cutaneous nerve covers the outer thigh.',
    source: 'BASE_MAP',
    difficulty: 0.35,
  }),
  vignette({
    id: 'vig-l1-wedge-fracture-compost',
    roots: ['L1'],
    story:
      'An 81-year-old woman with osteoporosis felt a sudden pain in her back while lifting a bag of compost. Two ' +
      'weeks later an ache still wraps from her spine around the right flank into the groin, and it jolts when she ' +
      'coughs. X-rays show a new wedge fracture at the junction of the thoracic and lumbar spine.',
    exam:
      'Pinprick feels blunt in the right groin crease and just below it on the inner thigh, while the middle of ' +
      'the thigh and the knee feel normal. Hip flexion is 5/5 and knee extension 5/5 on both sides. Knee jerks and ' +
      'ankle jerks are normal.',
    findings: {
      age: 81,
      sex: 'female',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L1', 'L2', 'L3', 'ilioinguinal', 'genitofemoral'],
    answer: 'L1',
    explanation:
      'A band running from the spine round the flank to the groin, numb in the groin crease and upper inner thigh, ' +
      'is the L1 dermatome, and a fracture at the thoracolumbar junction sits beside that root. The ilioinguinal ' +
      'and genitofemoral nerves share the groin skin but do not reach back to the spine, and there was no groin ' +
      'surgery. Full hip flexion and a normal mid-thigh and knee argue against L2 and L3.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l1-far-lateral-l1-2-powerlifter',
    roots: ['L1'],
    story:
      'A 36-year-old powerlifter felt something give in his back during a heavy deadlift. Since then a burning ' +
      'line runs from the right side of his lower back, across the top of the hip bone and into the groin, and ' +
      'coughing makes it flare. MRI shows a far-lateral disc herniation at L1-2 on the right.',
    exam:
      'Light touch is reduced in the right groin and the upper inner thigh. The right cremasteric reflex is ' +
      'reduced. Hip flexion, hip adduction and knee extension are full. His knee jerks are normal.',
    findings: {
      age: 36,
      sex: 'male',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { cremasteric: 'reduced', knee: 'normal' },
    },
    options: ['L1', 'L2', 'genitofemoral', 'ilioinguinal'],
    answer: 'L1',
    explanation:
      'A far-lateral herniation presses on the root that exits at its own level, so a far-lateral L1-2 disc ' +
      'catches L1, and numbness of the groin and upper inner thigh fits. The reduced cremasteric reflex agrees but ' +
      'tests L1 and L2 together, so it cannot choose between them; full hip flexion and a spared mid-thigh point ' +
      'away from L2. A band that starts in the back, with a disc on the scan, is a root problem, not an ' +
      'ilioinguinal or genitofemoral one.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l1-prostate-cancer-night-pain',
    roots: ['L1'],
    story:
      'A 67-year-old man treated for prostate cancer five years ago has six weeks of back pain that wakes him at ' +
      'night, with a numb strip running from the left loin round into the groin.',
    exam:
      'Pinprick is reduced in the left groin and over the top of the inner thigh, with normal sensation over the ' +
      'middle of the thigh and the knee. Power is full throughout both legs, hip flexion included. The cremasteric ' +
      'reflex is absent on the left. Knee and ankle jerks are normal.',
    findings: {
      age: 67,
      sex: 'male',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { cremasteric: 'absent', knee: 'normal', ankle: 'normal' },
    },
    options: ['L1', 'L2', 'L3', 'genitofemoral'],
    answer: 'L1',
    explanation:
      'Night pain after a cancer raises the question of a spinal deposit, and the numbness follows a band from the ' +
      'loin to the groin and upper inner thigh: the L1 dermatome. The lost cremasteric reflex fits an L1-L2 level; ' +
      'a genitofemoral lesion could also abolish it but cannot explain skin change that starts at the back. Full ' +
      'hip flexion and a normal mid-thigh and knee point away from L2 and L3.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l1-foraminal-schwannoma',
    roots: ['L1'],
    story:
      'A 52-year-old accountant has four months of slowly spreading numbness in the right groin and an ache along ' +
      'the right flank that is worse lying down at night. She has never had abdominal or groin surgery. MRI shows ' +
      'a dumbbell-shaped nerve-sheath tumour in the right L1-2 foramen.',
    exam:
      'Light touch and pinprick are reduced over the right groin and the top of the inner thigh, and the change can ' +
      'be traced back along the iliac crest toward the spine. Hip flexion and knee extension are strong. The knee ' +
      'jerks are equal.',
    findings: { age: 52, sex: 'female', sensoryPattern: { roots: ['L1'] }, weakActions: [], reflexes: { knee: 'normal' } },
    options: ['L1', 'ilioinguinal', 'genitofemoral', 'L2', 'lateral-femoral-cutaneous'],
    answer: 'L1',
    explanation:
      'The L1 root leaves the spine through the L1-2 foramen, where the tumour sits, and the numbness traces a band ' +
      'from the iliac crest round to the groin and upper inner thigh. With no groin operation and skin change that ' +
      'reaches back toward the spine, the ilioinguinal and genitofemoral nerves are unlikely; strong hip flexion and ' +
      'a spared mid-thigh argue against L2, and the lateral femoral cutaneous nerve supplies the outer thigh.',
    source: 'HARRISON',
    difficulty: 0.45,
  }),
  vignette({
    id: 'vig-l1-teen-shingles',
    roots: ['L1'],
    story:
      'A 17-year-old student who had chickenpox as a baby notices tingling across his left lower back and groin; ' +
      'two days later blisters erupt in a band from beside the spine round to the groin crease.',
    exam:
      'Sensation to pinprick is altered over the left groin and the inner thigh just below it. Hip flexion, knee ' +
      'extension and ankle movements are all of normal strength. The cremasteric reflexes are present on both ' +
      'sides; knee and ankle jerks are normal.',
    findings: {
      age: 17,
      sex: 'male',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { cremasteric: 'normal', knee: 'normal', ankle: 'normal' },
    },
    options: ['L1', 'L2', 'ilioinguinal', 'genitofemoral'],
    answer: 'L1',
    explanation:
      'Shingles can strike the young as well, and it follows a single sensory root, so a rash band from the spine ' +
      'to the groin crease names L1. The ilioinguinal or genitofemoral nerve could explain numbness there but ' +
      'never a rash that begins beside the spine. L2 lies lower on the front of the thigh, and normal hip flexion gives no sign of it.',
    source: 'BASE_MAP',
    difficulty: 0.3,
  }),
  vignette({
    id: 'vig-l1-pedicle-screw-breach',
    roots: ['L1'],
    story:
      'A 62-year-old woman wakes the day after a spinal fusion from T12 to L2, done for a fracture, with burning ' +
      'and numbness that wrap from beside her wound round to the right groin. CT shows that the right L1 screw has ' +
      'broken through the lower wall of its pedicle, into the foramen beneath it.',
    exam:
      'Pinprick is dull over the right groin and the upper inner thigh and normal over the mid-thigh. Hip flexion ' +
      'and knee extension are 5/5 on both sides. Both knee jerks are present.',
    findings: { age: 62, sex: 'female', sensoryPattern: { roots: ['L1'] }, weakActions: [], reflexes: { knee: 'normal' } },
    options: ['L1', 'L2', 'ilioinguinal', 'lateral-femoral-cutaneous'],
    answer: 'L1',
    explanation:
      'Each lumbar root runs just under the pedicle of its own vertebra, so a screw through the bottom of the L1 ' +
      'pedicle irritates the L1 root, and numbness of the groin and upper inner thigh matches. An ilioinguinal ' +
      'injury needs an operation in the groin and does not wrap round from the back. A normal mid-thigh and full ' +
      'hip flexion make L2 unlikely; pressure from the operating frame on the lateral femoral cutaneous nerve would ' +
      'numb the outer thigh instead.',
    source: 'HARRISON',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l1-old-hernia-repair-ladder-fall',
    roots: ['L1'],
    story:
      'A 58-year-old roofer had a right inguinal hernia repaired ten years ago with no trouble afterwards. Three ' +
      'weeks ago he fell from a ladder onto his back; since then a burning pain runs from the right side of his ' +
      'spine along the iliac crest into the groin, sharpened by coughing and by bending backwards.',
    exam:
      'The hernia scar is not tender. Light touch is reduced in the right groin and the top of the inner thigh. ' +
      'Hip flexion and knee extension are full; the right cremasteric reflex is weaker than the left. Knee jerks ' +
      'are normal.',
    findings: {
      age: 58,
      sex: 'male',
      sensoryPattern: { roots: ['L1'] },
      weakActions: [],
      reflexes: { cremasteric: 'reduced', knee: 'normal' },
    },
    options: ['L1', 'ilioinguinal', 'genitofemoral', 'L2'],
    answer: 'L1',
    explanation:
      'The old repair is a red herring: ilioinguinal (or genitofemoral) entrapment can appear late after groin ' +
      'surgery, but it stays at the front, while this pain began after a fall, wraps round from the spine and ' +
      'worsens with coughing and spinal extension. That band, with numbness of the groin and upper inner thigh, is ' +
      'L1. The weaker cremasteric reflex fits an L1-L2 lesion; full hip flexion and a spared mid-thigh argue ' +
      'against L2.',
    source: 'HARRISON',
    difficulty: 0.7,
  }),
];

const l2: CardDraft[] = [
  vignette({
    id: 'vig-l2-far-lateral-l2-3-bricklayer',
    roots: ['L2'],
    story:
      'A 69-year-old retired bricklayer has three weeks of burning pain in the front of his left thigh that comes ' +
      'on when he stands or walks and eases when he sits. MRI shows a far-lateral disc herniation at L2-3 on the ' +
      'left.',
    exam:
      'Pinprick is reduced over the middle of the front of the left thigh, half-way between groin and knee. Hip ' +
      'flexion is 4/5 on the left; knee extension is 5/5. Knee and ankle jerks are equal on the two sides.',
    findings: {
      age: 69,
      sex: 'male',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L2', 'L3', 'lateral-femoral-cutaneous', 'femoral'],
    answer: 'L2',
    explanation:
      'A far-lateral disc compresses the root exiting at its own level, so far-lateral L2-3 catches L2, and weak ' +
      'hip flexion (the L2 key muscle) with numbness of the mid-anterior thigh agrees. L3, the target of an ' +
      'ordinary posterolateral L2-3 disc, would weaken knee extension, which is full. The lateral femoral cutaneous ' +
      'nerve has no motor fibres, and a femoral lesion would weaken the quadriceps.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l2-zoster-paresis-hip-flexion',
    roots: ['L2'],
    story:
      'A 79-year-old man had shingles a fortnight ago, and the scabs lie in a band that runs from the right side of ' +
      'his lower back obliquely across the front of the thigh. He now has to help his right leg over the edge of ' +
      'the bath with his hands.',
    exam:
      'Light touch is reduced over the middle of the front of the right thigh. Right hip flexion is 4/5, while knee ' +
      'extension and ankle dorsiflexion are full. Knee jerks are present and symmetrical, and both ankle jerks are ' +
      'present.',
    findings: {
      age: 79,
      sex: 'male',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L2', 'L3', 'lateral-femoral-cutaneous', 'L1', 'femoral'],
    answer: 'L2',
    explanation:
      'The rash marks a dermatome, and a band crossing the middle of the front of the thigh is L2. Shingles ' +
      'occasionally spreads to the motor root of the same segment, which explains weak hip flexion, the L2 key ' +
      'muscle. L1 sits higher, in the groin, and has no key muscle; L3 would weaken knee extension; the lateral ' +
      'femoral cutaneous nerve gives outer-thigh numbness without weakness; a femoral lesion weakens the quadriceps.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l2-foraminal-stenosis-dog-walker',
    roots: ['L2'],
    story:
      'A 73-year-old woman who walks her dog twice a day now has to stop after ten minutes because of aching and ' +
      'tingling in the front of her left thigh. MRI shows severe narrowing of the left L2-3 foramen by arthritic ' +
      'facet joints.',
    exam:
      'Pinprick is dulled across the mid-anterior left thigh. Hip flexion is weak on the left at 4/5, but knee ' +
      'extension is strong. The knee jerks are normal, as are the ankle jerks.',
    findings: {
      age: 73,
      sex: 'female',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L2', 'L3', 'L4', 'lateral-femoral-cutaneous'],
    answer: 'L2',
    explanation:
      'A narrowed foramen squeezes the root that exits through it, and the L2 root leaves at L2-3; weak hip flexion ' +
      'and mid-anterior-thigh numbness match. L3 and L4 would weaken knee extension, which is strong, and L4 would ' +
      'numb the medial leg. The lateral femoral cutaneous nerve is sensory only and covers the outer thigh.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l2-chef-tight-belt',
    roots: ['L2'],
    story:
      'A 41-year-old chef, heavily built and wearing a tight kitchen belt, has six weeks of numbness on the front ' +
      'of his right thigh. His right leg feels heavy when he lifts it into the van, and coughing sends a jolt from ' +
      'his back into the thigh.',
    exam:
      'Sensation to light touch is reduced over the middle of the front of the thigh rather than its outer side. ' +
      'Right hip flexion is 4/5; knee extension is 5/5. Both knee jerks are normal. The right cremasteric reflex is ' +
      'slightly reduced.',
    findings: {
      age: 41,
      sex: 'male',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', cremasteric: 'reduced' },
    },
    options: ['lateral-femoral-cutaneous', 'L2', 'L3', 'femoral'],
    answer: 'L2',
    explanation:
      'The belt and his build suggest meralgia paraesthetica, but the lateral femoral cutaneous nerve carries no ' +
      'motor fibres, so weak hip flexion rules it out. Weak hip flexion with numbness across the middle of the ' +
      'front of the thigh and pain on coughing is an L2 root lesion, and the reduced cremasteric reflex fits an ' +
      'L1-L2 level. L3 and the femoral nerve would both weaken knee extension, which is full.',
    source: 'HARRISON',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l2-pedicle-metastasis',
    roots: ['L2'],
    story:
      'A 64-year-old woman treated for breast cancer has two months of back pain that is worst at night, and now ' +
      'struggles to lift her left leg into the car. A bone scan shows a deposit in the left L2 pedicle.',
    exam:
      'Pinprick is reduced over the middle of the front of the left thigh, and the groin and knee feel normal. ' +
      'Left hip flexion is 3/5; knee extension, dorsiflexion and plantar flexion are 5/5. Knee and ankle jerks are ' +
      'present and equal.',
    findings: {
      age: 64,
      sex: 'female',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L2', 'L1', 'L3', 'femoral', 'lateral-femoral-cutaneous'],
    answer: 'L2',
    explanation:
      "The root that runs beneath a pedicle carries that vertebra's number, so a deposit in the L2 pedicle " +
      'threatens L2, and the findings agree: weak hip flexion (the L2 key muscle) and mid-anterior-thigh numbness. ' +
      'L1 has no key muscle and numbs the groin; L3 and the femoral nerve would weaken knee extension, which is ' +
      'full; the lateral femoral cutaneous nerve has no motor fibres.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l2-rugby-scrum-collapse',
    roots: ['L2'],
    story:
      'A 24-year-old rugby forward felt a sharp pain in his lower back when a scrum collapsed. A week later he has ' +
      'a numb patch on the front of his right thigh and feels the leg lag behind when he sprints.',
    exam:
      'Light touch is reduced over the middle third of the front of the right thigh, with the outer thigh and the ' +
      'knee spared. Resisted hip flexion is weak (4/5), whereas the quadriceps are strong. Knee jerks and ankle ' +
      'jerks are normal. The cremasteric reflexes are equal.',
    findings: {
      age: 24,
      sex: 'male',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal', cremasteric: 'normal' },
    },
    options: ['L2', 'L3', 'lateral-femoral-cutaneous', 'L1'],
    answer: 'L2',
    explanation:
      'Weak hip flexion, the L2 key muscle, with numbness of the mid-anterior thigh points to L2. Weakness of any ' +
      'kind rules out the purely sensory lateral femoral cutaneous nerve, whose skin (the outer thigh) is spared ' +
      'anyway. Strong quadriceps and a normal knee argue against L3, and L1 would numb the groin and has no key ' +
      'muscle.',
    source: 'ISNCSCI',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-l2-new-level-after-discectomy',
    roots: ['L2'],
    story:
      'A 50-year-old postal worker had an L4-5 discectomy for sciatica two years ago and recovered fully. She now ' +
      'has a new backache with numbness spreading over the front of her left thigh, and she has started lifting ' +
      'her left leg into bed with her hands.',
    exam:
      'Pinprick is reduced over the mid-anterior left thigh, while the medial leg, the dorsum of the foot and the ' +
      'sole feel normal. Hip flexion is 4/5 on the left; knee extension, great toe extension and ankle ' +
      'dorsiflexion are full. Knee jerks and ankle jerks are normal.',
    findings: {
      age: 50,
      sex: 'female',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['L2', 'L4', 'L5', 'L3'],
    answer: 'L2',
    explanation:
      'This is a new problem at a different level: weak hip flexion with mid-anterior-thigh numbness belongs to ' +
      'L2. A recurrent L4-5 disc would catch L5 again, weakening great toe extension and numbing the dorsum of the ' +
      'foot, both normal here. L3 and L4 would weaken knee extension, which is full, and L4 would numb the medial ' +
      'leg.',
    source: 'ISNCSCI',
    difficulty: 0.45,
  }),
  vignette({
    id: 'vig-l2-pregnancy-not-meralgia',
    roots: ['L2'],
    story:
      'A 31-year-old woman, 30 weeks pregnant, has a numb, burning patch on the front of her left thigh. Her ' +
      'midwife suspected meralgia paraesthetica, but she also finds it hard to raise her left knee to put on her ' +
      'tights, and the pain is worse when she coughs.',
    exam:
      'The numbness sits over the middle of the front of the thigh, not on its outer side. Left hip flexion is ' +
      '4/5; knee extension and hip adduction are 5/5. Knee jerks are present and equal; ankle jerks are normal.',
    findings: {
      age: 31,
      sex: 'female',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['lateral-femoral-cutaneous', 'L2', 'L3', 'femoral', 'obturator'],
    answer: 'L2',
    explanation:
      'Pregnancy makes meralgia common, but the lateral femoral cutaneous nerve is purely sensory and supplies the ' +
      'outer thigh, so weak hip flexion rules it out. Weak hip flexion with mid-anterior-thigh numbness points to ' +
      'the L2 root. L3 and the femoral nerve would weaken knee extension, and an obturator lesion would weaken ' +
      'adduction (both full here) and numb the inner thigh.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
];

const l3: CardDraft[] = [
  vignette({
    id: 'vig-l3-far-lateral-l3-4',
    roots: ['L3'],
    story:
      'A 66-year-old retired nurse has severe pain in the front of her right thigh and knee, worse when she stands ' +
      'upright. MRI shows a far-lateral disc herniation at L3-4 on the right.',
    exam:
      'Pinprick is reduced over the lower front of the thigh and the inner side of the knee, and the shin and ankle ' +
      'feel normal. Knee extension is 4/5 and hip adduction 4/5 on the right; ankle dorsiflexion is 5/5. The right ' +
      'knee jerk is reduced. Ankle jerks are normal.',
    findings: {
      age: 66,
      sex: 'female',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L3', 'L4', 'femoral', 'saphenous'],
    answer: 'L3',
    explanation:
      'A far-lateral disc traps the root that exits at its own level, so far-lateral L3-4 means L3. Weak knee ' +
      'extension together with weak hip adduction, and numbness that stops at the knee, fit L3. A posterolateral ' +
      'L3-4 disc would catch L4 instead, numbing the medial leg down to the malleolus; the femoral nerve spares ' +
      'adduction; the saphenous nerve is purely sensory.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l3-posterolateral-l2-3-forklift',
    roots: ['L3'],
    story:
      'A 54-year-old forklift driver bent to change a tyre and felt a sharp pain in his back, followed by aching in ' +
      'the front of his left thigh and knee. MRI shows a posterolateral disc herniation at L2-3 on the left.',
    exam:
      'Light touch is reduced just above the left knee and over its inner side. Knee extension is weak at 4/5 and ' +
      'hip adduction is weak at 4/5. Ankle dorsiflexion and great toe extension are full. The left knee jerk is ' +
      'absent. Lying prone, bending his knee reproduces the thigh pain.',
    findings: {
      age: 54,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'absent' },
    },
    options: ['L3', 'L2', 'L4', 'femoral', 'obturator'],
    answer: 'L3',
    explanation:
      'A posterolateral disc compresses the traversing root, the one exiting a level lower: at L2-3 that is L3. ' +
      'Weakness of both knee extension (femoral nerve) and hip adduction (obturator nerve) places the lesion ' +
      'before those nerves part, at the root, and numbness just above and over the medial knee is L3 skin. L2 ' +
      'would weaken hip flexion and numb the mid-thigh; L4 would numb the medial leg to the ankle.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l3-knee-gives-way-on-stairs',
    roots: ['L3'],
    story:
      'A 71-year-old retired postman says his right knee gives way when he goes down stairs, and he has nearly ' +
      'fallen twice. He has had low back pain for years, and for a month a numb patch over the knee.',
    exam:
      'Pinprick is reduced over the lower anterior thigh and medial knee. The right quadriceps are 4/5, and hip ' +
      'adduction is also 4/5. Dorsiflexion, great toe extension and plantar flexion are 5/5. The right knee jerk ' +
      'is reduced; both ankle jerks are normal.',
    findings: {
      age: 71,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['femoral', 'L3', 'L4', 'obturator'],
    answer: 'L3',
    explanation:
      'Weak adduction is the decider: the adductors belong to the obturator nerve, so weakness of both the ' +
      'quadriceps (femoral) and the adductors (obturator) points to the L3 root that feeds both. Numbness over the ' +
      'lower thigh and medial knee is L3 skin, and the reduced knee jerk fits. A femoral lesion would spare ' +
      'adduction, an obturator lesion would spare the quadriceps and the knee jerk, and L4 numbs the medial leg ' +
      'down to the ankle.',
    source: 'NERVE_ANATOMY',
    difficulty: 0.55,
  }),
  vignette({
    id: 'vig-l3-knee-arthritis-red-herring',
    roots: ['L3'],
    story:
      'A 63-year-old office cleaner with known osteoarthritis of the left knee has been referred for a knee ' +
      'replacement. She describes pain running from her back down the front of her thigh and a dead feeling above ' +
      'the kneecap; the knee itself is not swollen.',
    exam:
      'Pinprick is reduced over the lower front of the thigh and the inner side of the knee. Knee extension is 4/5; ' +
      'hip adduction is 4/5. Ankle movements are strong. The left knee jerk is diminished. The ankle jerks are ' +
      'normal.',
    findings: {
      age: 63,
      sex: 'female',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L3', 'saphenous', 'femoral', 'L4'],
    answer: 'L3',
    explanation:
      'Arthritis neither numbs skin nor weakens the adductors. Weak knee extension and hip adduction with numbness ' +
      'of the lower thigh and medial knee point to the L3 root. The saphenous nerve is purely sensory and would ' +
      'leave power and the knee jerk normal; a femoral lesion spares adduction; L4 numbness runs down the medial ' +
      'leg to the ankle.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
  vignette({
    id: 'vig-l3-teacher-lifting-books',
    roots: ['L3'],
    story:
      'A 47-year-old primary-school teacher has had a week of pain in the front of her right thigh since lifting ' +
      'boxes of books. Lying face down with the knee bent brings the pain on.',
    exam:
      'Light touch is reduced over the lower anterior thigh and across the front of the knee. Knee extension is ' +
      'weak (4/5) and hip adduction slightly weak (4/5); hip flexion is full. Ankle dorsiflexion is 5/5. The right ' +
      'knee jerk is reduced. Ankle jerks are normal.',
    findings: {
      age: 47,
      sex: 'female',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L3', 'L2', 'L4', 'lateral-femoral-cutaneous', 'femoral'],
    answer: 'L3',
    explanation:
      'A positive femoral stretch test points to the upper lumbar roots, and the pattern picks out L3: weak knee ' +
      'extension and adduction, numbness over the lower thigh and knee, a reduced knee jerk. L2 would weaken hip ' +
      'flexion (full) and numb the mid-thigh; L4 numbs the medial leg to the ankle; the lateral femoral cutaneous ' +
      'nerve causes no weakness; a femoral lesion spares adduction.',
    source: 'HARRISON',
    difficulty: 0.45,
  }),
  vignette({
    id: 'vig-l3-lateral-recess-l2-3-elderly',
    roots: ['L3'],
    story:
      'An 85-year-old man can walk only to the end of his garden before aching in the front of his left thigh and ' +
      'knee makes him sit down. MRI shows narrowing of the left lateral recess at L2-3.',
    exam:
      'Pinprick is dull over the left lower anterior thigh and medial knee. Knee extension is 4/5 and hip adduction ' +
      '4/5 on the left; dorsiflexion is 5/5. The left knee jerk is absent. Ankle jerks are present.',
    findings: {
      age: 85,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'absent', ankle: 'normal' },
    },
    options: ['L3', 'L4', 'L2', 'femoral'],
    answer: 'L3',
    explanation:
      'Lateral recess narrowing, like a posterolateral disc, catches the traversing root, which at L2-3 is L3. ' +
      'Weak knee extension plus weak adduction, medial-knee numbness and a lost knee jerk fit. L4 would numb the ' +
      'medial leg down to the ankle, L2 would weaken hip flexion and numb the mid-thigh, and a femoral lesion would ' +
      'spare adduction.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l3-ski-instructor-fall',
    roots: ['L3'],
    story:
      'A 29-year-old ski instructor fell heavily onto her back. Since then she has aching in the front of her left ' +
      'thigh, and her left knee feels unreliable when she lands from a jump.',
    exam:
      'Sensation to pinprick is reduced over the lower third of the anterior thigh and the medial side of the ' +
      'knee. The quadriceps are weak at 4/5 and hip adduction is 4/5; hip flexion is 5/5. The left knee jerk is ' +
      'reduced. The ankle jerks are normal, and she rises on her toes easily.',
    findings: {
      age: 29,
      sex: 'female',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L3', 'L2', 'lateral-femoral-cutaneous', 'obturator'],
    answer: 'L3',
    explanation:
      'Weak knee extension and hip adduction with numbness at the lower thigh and medial knee is the L3 pattern, ' +
      'and the reduced knee jerk agrees. L2 would weaken hip flexion, which is normal; the lateral femoral ' +
      'cutaneous nerve has no motor fibres; an obturator lesion would leave the quadriceps and the knee jerk ' +
      'intact.',
    source: 'HARRISON',
    difficulty: 0.4,
  }),
  vignette({
    id: 'vig-l3-farmer-hay-bales',
    roots: ['L3'],
    story:
      'A 37-year-old dairy farmer has had pain in the front of his right thigh since lifting hay bales a fortnight ' +
      'ago. At first he wondered whether he had pulled a groin muscle.',
    exam:
      'Light touch is reduced over the lower anterior thigh and inner knee. Hip adduction is weak (4/5) and knee ' +
      'extension is weak (4/5). Hip flexion, ankle dorsiflexion and great toe extension are full. The right knee ' +
      'jerk is reduced; the ankle jerks are normal. His cremasteric reflexes are normal.',
    findings: {
      age: 37,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['hip adduction', 'knee extension'],
      reflexes: { knee: 'reduced', ankle: 'normal', cremasteric: 'normal' },
    },
    options: ['L3', 'obturator', 'femoral', 'L4', 'L2'],
    answer: 'L3',
    explanation:
      'A pulled adductor would not numb skin or lower a reflex. Weakness of adduction AND knee extension, numbness ' +
      'over the lower thigh and medial knee, and a reduced knee jerk make the L3 root the lesion. An obturator ' +
      'lesion weakens adduction only and keeps the knee jerk; a femoral lesion spares adduction; L4 numbs the ' +
      'medial leg to the ankle; L2 weakens hip flexion.',
    source: 'HARRISON',
    difficulty: 0.5,
  }),
];

export const upperLumbarVignettes: CardDraft[] = [...l1, ...l2, ...l3];
