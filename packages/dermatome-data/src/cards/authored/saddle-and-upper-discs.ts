import type { CardDraft } from '../../types.js';
import { triageCase, vignette } from './case.js';

/**
 * More depth where the bank was thin: upper lumbar disc levels (a posterolateral L1-2 disc, a second
 * far-lateral L3-4 disc), an S3 root case beyond the map cards, and saddle cases that separate cauda equina
 * from pudendal neuralgia.
 */

const upperDiscs: CardDraft[] = [
  vignette({
    id: 'vig-l2-posterolateral-l1-2-riding-instructor',
    roots: ['L2'],
    story:
      'A 46-year-old riding instructor was thrown from a horse and landed on her back. Over the following week a ' +
      'deep ache settled in her upper lumbar spine, with burning down the front of the right thigh. MRI shows a ' +
      'posterolateral disc herniation at L1-2 on the right.',
    exam:
      'Pinprick is reduced across the middle of the front of the right thigh; the groin crease and the knee feel ' +
      'normal. Hip flexion is 4/5 on the right; knee extension and hip adduction are 5/5. The knee jerks are equal.',
    findings: {
      age: 46,
      sex: 'female',
      sensoryPattern: { roots: ['L2'] },
      weakActions: ['hip flexion'],
      reflexes: { knee: 'normal' },
    },
    options: ['L2', 'L1', 'L3', 'femoral', 'lateral-femoral-cutaneous'],
    answer: 'L2',
    explanation:
      'A posterolateral disc at L1-2 catches the traversing root, L2, which crosses that disc to exit one level ' +
      'lower; mid-anterior thigh numbness with weak hip flexion fits it. L1 has left above the disc and would numb ' +
      'the groin crease; L3 would numb the lower thigh and knee, weaken knee extension and lower the knee jerk. A ' +
      'femoral nerve lesion would also weaken knee extension, and the lateral femoral cutaneous nerve numbs the ' +
      'outer thigh without weakness.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.6,
  }),
  vignette({
    id: 'vig-l3-far-lateral-l3-4-roofer',
    roots: ['L3'],
    story:
      'A 43-year-old roofer has had two weeks of pain in the front of his left thigh that wakes him at night and ' +
      'is worse when he stands straight. MRI shows a far-lateral disc herniation at L3-4 on the left, out in the ' +
      'foramen; the canal is clear.',
    exam:
      'Light touch is reduced over the lower front of the left thigh and the inner side of the knee; the inner ' +
      'shin and the medial malleolus feel normal. Knee extension is 4/5 and hip adduction 4/5 on the left; hip ' +
      'flexion and ankle dorsiflexion are full. The left knee jerk is diminished, and the ankle jerks are equal.',
    findings: {
      age: 43,
      sex: 'male',
      sensoryPattern: { roots: ['L3'] },
      weakActions: ['knee extension', 'hip adduction'],
      reflexes: { knee: 'reduced', ankle: 'normal' },
    },
    options: ['L3', 'L4', 'L2', 'femoral', 'obturator'],
    answer: 'L3',
    explanation:
      'A far-lateral disc reaches the exiting root of its own level, so far-lateral L3-4 means L3, and weak knee ' +
      'extension and adduction with numbness that stops at the medial knee fit it. A posterolateral disc at the ' +
      'same level would catch the traversing L4 root, numbing the inner shin to the medial malleolus, which is ' +
      'normal; L2 would spare knee extension. The femoral nerve spares adduction and the obturator nerve spares ' +
      'knee extension, so only a root feeding both explains the weakness.',
    source: 'STATPEARLS_DISC',
    difficulty: 0.65,
  }),
];

const sacral: CardDraft[] = [
  vignette({
    id: 'vig-s3-shingles-lower-buttock',
    roots: ['S3'],
    story:
      'A 77-year-old retired librarian has had three days of burning in the lower inner part of her left buttock, ' +
      'and this morning a strip of small blisters appeared over her sitting bone, ending a few centimetres short of ' +
      'the anus.',
    exam:
      'Light touch is reduced over the blistered strip on the lower inner buttock, over the ischial tuberosity; ' +
      'the perianal skin, the back of the thigh and the heel feel normal. She has no trouble passing urine. Power ' +
      'in the legs is full, and she rises onto her toes easily. Knee and ankle jerks are normal.',
    findings: {
      age: 77,
      sex: 'female',
      sensoryPattern: { roots: ['S3'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
    },
    options: ['S3', 'S4-5', 'S2', 'S1', 'posterior-femoral-cutaneous'],
    answer: 'S3',
    explanation:
      'Shingles follows a single sensory root, and blisters with numbness over the lower inner buttock and the ' +
      'ischial tuberosity, stopping short of the anus, mark the S3 dermatome. S4-5 is the perianal ring, which is ' +
      'spared, and S2 runs down the back of the thigh and calf; the posterior femoral cutaneous nerve numbs the ' +
      'back of the thigh and cannot give a rash along a root strip. Strong toe standing and normal ankle jerks ' +
      'argue against S1; zoster of the sacral roots can still upset the bladder, so ask about it again.',
    source: 'BASE_MAP',
    difficulty: 0.55,
  }),
];

const saddle: CardDraft[] = [
  triageCase({
    id: 'rf-ces-saddle-numbness-without-sciatica',
    roots: ['S3', 'S4-5'],
    story:
      'A 36-year-old nursery teacher lifted a heavy storage box two days ago and has had moderate low back pain ' +
      'since. Today she noticed that the toilet paper feels strange on both sides when she wipes; she has no leg ' +
      'pain at all.',
    exam:
      'Pinprick is reduced around the anus and over both inner buttocks. Power in both legs is full. Knee and ' +
      'ankle jerks are normal. She passed urine an hour ago, and the bladder scan afterwards shows 90 mL.',
    findings: {
      age: 36,
      sex: 'female',
      sensoryPattern: { saddle: true, roots: ['S3', 'S4-5'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: ['altered perianal sensation'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'New numbness around the anus and on both inner buttocks is saddle anaesthesia, a cauda equina warning sign ' +
      'even without sciatica or bladder symptoms, so she needs same-day assessment with an MRI within hours. A ' +
      'residual of 90 mL is only partly reassuring: a post-void residual under 200 mL does not exclude cauda ' +
      'equina compression. Waiting for the bladder to fail would waste the time when decompression helps most.',
    source: 'GIRFT_CES',
    difficulty: 0.35,
  }),
  triageCase({
    id: 'rf-ces-both-sides-numb-cyclist',
    roots: ['S3', 'S4-5', 'S1'],
    story:
      'A 57-year-old keen cyclist blames his saddle for a week of numbness between his legs, but this time it is ' +
      'on both sides and it began with a bout of back pain. His urine stream has become weak and he feels he ' +
      'never quite empties.',
    exam:
      'Pinprick is reduced over the perineum, around the anus and over the inner buttocks on both sides. Ankle ' +
      'plantar flexion is 4/5 on the left. The left ankle jerk is reduced; the knee jerks are normal. The bladder ' +
      'scan after voiding shows 450 mL.',
    findings: {
      age: 57,
      sex: 'male',
      sensoryPattern: { saddle: true, roots: ['S3', 'S4-5'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'reduced', knee: 'normal' },
      sphincter: ['weak urinary stream', 'incomplete emptying'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'Saddle pressure on the pudendal nerves does not explain new numbness on both sides that came with back ' +
      'pain, a weak stream and 450 mL left after voiding: that is cauda equina syndrome until proven otherwise. ' +
      'He needs same-day hospital assessment with an MRI within hours, not advice about his bike. The weak left ' +
      'calf and reduced ankle jerk add an S1 deficit to the picture.',
    source: 'GIRFT_CES',
    difficulty: 0.4,
  }),
  triageCase({
    id: 'rf-routine-pudendal-sitting-pain',
    roots: ['S3', 'S4-5'],
    story:
      'A 45-year-old violinist has had eight months of burning on the right side of the vulva and perineum when ' +
      'she sits, relieved by standing and absent when she lies down. It began after a long cycling holiday and ' +
      'has not changed since.',
    exam:
      'Light touch and pinprick are normal and equal around the anus, over the perineum and on both buttocks. She ' +
      'passes urine and opens her bowels normally. Power in the legs is full. Knee and ankle jerks are normal.',
    findings: {
      age: 45,
      sex: 'female',
      sensoryPattern: { nerve: 'pudendal' },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'routine',
    explanation:
      'Long-standing one-sided burning that is worse sitting and eased by standing, with normal saddle sensation, ' +
      'normal bladder and bowel and a normal leg examination, fits pudendal neuralgia, which needs a planned ' +
      'assessment rather than emergency imaging. Eight months of unchanged pain deserve more than self-care ' +
      'alone, so a routine review is right. New numbness of the saddle, a bladder or bowel change or new leg ' +
      'weakness would turn this into an emergency.',
    source: 'GIRFT_CES',
    difficulty: 0.5,
  }),
];

export const saddleAndUpperDiscCases: CardDraft[] = [...upperDiscs, ...sacral, ...saddle];
