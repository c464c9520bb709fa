import type { CardDraft } from '../../types.js';
import { triageCase } from './case.js';

/**
 * Red-flag triage cases. Cauda equina presentations (saddle numbness, new bladder, bowel or sexual
 * trouble, bilateral or progressive bilateral deficit) are emergencies; a progressive one-sided motor
 * deficit is urgent; sciatica without red flags is routine or self-care, so the answer is not always
 * "emergency".
 */

const caudaEquina: CardDraft[] = [
  triageCase({
    id: 'rf-ces-retention-bilateral-sciatica',
    roots: ['S3', 'S4-5', 'S1'],
    story:
      'A 44-year-old scaffolder with a week of back pain now has sciatica down both legs. Since last night he has ' +
      'not managed to pass urine, and wiping after the toilet feels strange.',
    exam:
      'Pinprick is reduced over the perianal skin and the inner buttocks, and over both soles. Plantar flexion is ' +
      '4/5 on both sides. Both ankle jerks are absent; the knee jerks are normal. A bladder scan shows 700 mL after ' +
      'he has tried to void.',
    findings: {
      age: 44,
      sex: 'male',
      sensoryPattern: { saddle: true, roots: ['S1', 'S3', 'S4-5'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
      sphincter: ['urinary retention', 'altered perianal sensation'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'Bilateral sciatica with saddle numbness and retention (700 mL left after trying to void) is cauda equina ' +
      'syndrome with retention: he needs same-day assessment, an MRI within hours and decompression if it is ' +
      'confirmed. Bladder outcome depends on how quickly that happens, so neither routine nor urgent care will do.',
    source: 'GIRFT_CES',
    difficulty: 0.2,
  }),
  triageCase({
    id: 'rf-ces-new-hesitancy-incomplete',
    roots: ['S3', 'S4-5', 'S1'],
    story:
      'A 38-year-old dental receptionist with a known L5-S1 disc prolapse phones her GP because for two days she ' +
      'has had to strain to start passing urine and the stream feels different. Her leg pain, until now in the ' +
      'left leg only, has spread to both legs.',
    exam:
      'Pinprick is patchily reduced around the anus and on the inner buttocks. Power in the legs is full. The left ' +
      'ankle jerk is reduced. Knee jerks are normal. The bladder scan after voiding shows 120 mL.',
    findings: {
      age: 38,
      sex: 'female',
      sensoryPattern: { saddle: true, roots: ['S3', 'S4-5'] },
      weakActions: [],
      reflexes: { ankle: 'reduced', knee: 'normal' },
      sphincter: ['new urinary hesitancy', 'altered sensation of the urine stream'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'New hesitancy with altered sensation of the stream, patchy saddle numbness and sciatica that has become ' +
      'bilateral is early (incomplete) cauda equina syndrome. A residual of 120 mL does not exclude it: 200 mL or ' +
      'more adds weight, but a lower volume must not reassure. She needs same-day assessment and an MRI within ' +
      'hours, before retention sets in.',
    source: 'GIRFT_CES',
    difficulty: 0.45,
  }),
  triageCase({
    id: 'rf-ces-perianal-numbness-small-residual',
    roots: ['S3', 'S4-5', 'L5'],
    story:
      'A 51-year-old shop owner has had left-sided sciatica for three weeks. This morning she noticed that the ' +
      'toilet paper feels numb when she wipes, although she is passing urine normally.',
    exam:
      'Light touch and pinprick are reduced over the perianal skin on both sides. Great toe extension is 4/5 on ' +
      'the left. Knee and ankle jerks are normal. The bladder scan after voiding shows 80 mL.',
    findings: {
      age: 51,
      sex: 'female',
      sensoryPattern: { saddle: true, roots: ['S4-5'] },
      weakActions: ['great toe extension'],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: ['altered perianal sensation'],
      bilateral: false,
    },
    answer: 'emergency',
    explanation:
      'New saddle numbness is a cauda equina red flag on its own, even with normal voiding and a small residual: ' +
      'a post-void residual under 200 mL does not rule the syndrome out. She needs same-day assessment with an MRI ' +
      'within hours. Her weak great toe extension explains the sciatica (L5), but not the perianal numbness, which ' +
      'comes from the lowest sacral roots (S3 to S5; some sources add S2).',
    source: 'BMJ_BP_CES',
    difficulty: 0.55,
  }),
  triageCase({
    id: 'rf-ces-sexual-dysfunction-genital-numbness',
    roots: ['S2', 'S3', 'S4-5'],
    story:
      'A 35-year-old personal trainer has had back pain with sciatica in both legs for five days. Rather ' +
      'embarrassed, he mentions that for two days his penis and scrotum have felt numb and he has not been able to ' +
      'get an erection.',
    exam:
      'Pinprick is reduced over the genitals and around the anus. Dorsiflexion and plantar flexion are 5/5 on both ' +
      'sides. Both ankle jerks are reduced, and the knee jerks are normal. After voiding, 250 mL remains in his ' +
      'bladder.',
    findings: {
      age: 35,
      sex: 'male',
      sensoryPattern: { saddle: true, roots: ['S4-5'] },
      weakActions: [],
      reflexes: { ankle: 'reduced', knee: 'normal' },
      sphincter: ['new erectile dysfunction', 'genital numbness', 'post-void residual 250 mL'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'New sexual dysfunction with genital and perianal numbness and bilateral sciatica points to compression of ' +
      'the sacral roots of the cauda equina, and a residual of 250 mL (200 mL or more) adds weight. It is an ' +
      'emergency: same-day assessment with an MRI within hours. Patients rarely volunteer these symptoms, so ask ' +
      'about them directly.',
    source: 'AJEM_CES',
    difficulty: 0.3,
  }),
  triageCase({
    id: 'rf-ces-bowel-incontinence-rectal-sensation',
    roots: ['S3', 'S4-5', 'L5', 'S1'],
    story:
      'A 62-year-old retired nurse with spinal stenosis says that over two days she has lost the feeling that she ' +
      'needs to open her bowels and has soiled herself twice. Both legs feel heavy.',
    exam:
      'Perianal pinprick is absent, and anal tone is reduced. Ankle dorsiflexion is 4/5 and plantar flexion 4/5 on ' +
      'both sides. Both ankle jerks are absent. Knee jerks are normal.',
    findings: {
      age: 62,
      sex: 'female',
      sensoryPattern: { saddle: true, roots: ['S4-5'] },
      weakActions: ['ankle dorsiflexion', 'ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
      sphincter: ['faecal incontinence', 'loss of rectal sensation', 'reduced anal tone'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'Loss of rectal sensation with faecal incontinence, perianal numbness and weakness in both legs is cauda ' +
      'equina syndrome: same-day assessment and an MRI within hours. Anal tone is an unreliable early guide, so its ' +
      'loss here only confirms an already clear picture; never wait for it, or for retention, before acting.',
    source: 'GIRFT_CES',
    difficulty: 0.2,
  }),
  triageCase({
    id: 'rf-ces-progressive-bilateral-foot-weakness',
    roots: ['L5', 'L4'],
    story:
      'A 57-year-old taxi controller with known lumbar stenosis has had pain in both legs for a week. Over the last ' +
      'three days both feet have started to slap and he trips on the stairs. So far he has no bladder or bowel ' +
      'symptoms.',
    exam:
      'Ankle dorsiflexion has fallen from 4/5 to 3/5 on both sides in two days, and great toe extension is 3/5 on ' +
      'both sides. Pinprick is reduced over the dorsum of both feet, and perianal sensation is normal. Knee jerks ' +
      'and ankle jerks are normal. The bladder scan after voiding shows 60 mL.',
    findings: {
      age: 57,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['ankle dorsiflexion', 'great toe extension'],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'Progressive weakness in both legs is a cauda equina red flag in its own right: several roots are being ' +
      'compressed at once, and waiting for bladder symptoms loses the chance to prevent them. Normal saddle ' +
      'sensation and a residual under 200 mL do not exclude cauda equina syndrome or make this routine or merely ' +
      'urgent; he needs same-day assessment and an MRI within hours.',
    source: 'BMJ_BP_CES',
    difficulty: 0.6,
  }),
  triageCase({
    id: 'rf-ces-after-decompression-haematoma',
    roots: ['S3', 'S4-5', 'S1'],
    story:
      'A 67-year-old man is on the ward the day after a lumbar decompression. Overnight he developed severe pain in ' +
      'both legs, and this morning the skin around his anus feels numb and he has not passed urine despite ' +
      'drinking well.',
    exam:
      'Pinprick is reduced over the perianal skin and both buttocks. Plantar flexion is 4/5 on both sides. The ' +
      'ankle jerks are absent on both sides, and the knee jerks are normal. The bladder scan shows 850 mL.',
    findings: {
      age: 67,
      sex: 'male',
      sensoryPattern: { saddle: true, roots: ['S3', 'S4-5'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
      sphincter: ['urinary retention'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'New saddle numbness, retention and bilateral leg pain after spinal surgery suggest an epidural haematoma ' +
      'compressing the cauda equina: an emergency, with an MRI within hours and a return to theatre if it is ' +
      'confirmed. Already being in hospital does not make it any less urgent.',
    source: 'AJEM_CES',
    difficulty: 0.25,
  }),
  triageCase({
    id: 'rf-ces-lost-bladder-fullness',
    roots: ['S3', 'S4-5', 'L5', 'S1'],
    story:
      'A 33-year-old veterinary nurse has had sciatica down both legs for four days. She has not felt any need to ' +
      'pass urine since yesterday afternoon.',
    exam:
      'Perianal pinprick is reduced on the right. Great toe extension is 4/5 on the left, and plantar flexion is ' +
      '4/5 on the right. The right ankle jerk is absent. Knee jerks are normal. A bladder scan shows 450 mL even ' +
      'after she tries to void.',
    findings: {
      age: 33,
      sex: 'female',
      sensoryPattern: { saddle: true, roots: ['S4-5'] },
      weakActions: ['great toe extension', 'ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
      sphincter: ['lost sensation of bladder fullness', 'post-void residual 450 mL'],
      bilateral: true,
    },
    answer: 'emergency',
    explanation:
      'Bilateral sciatica, a lost sense of bladder fullness with 450 mL left after voiding, and perianal numbness ' +
      'make cauda equina syndrome likely: same-day assessment with an MRI within hours. A residual of 200 mL or ' +
      'more supports the diagnosis, and this one is far above it.',
    source: 'GIRFT_CES',
    difficulty: 0.25,
  }),
];

const notCaudaEquina: CardDraft[] = [
  triageCase({
    id: 'rf-urgent-progressive-foot-drop',
    roots: ['L5'],
    story:
      'A 48-year-old joiner has had right-sided sciatica for three weeks. In the last week his right foot has ' +
      'started to slap, and his physiotherapist measured a clear loss of strength between two visits five days ' +
      'apart.',
    exam:
      'Ankle dorsiflexion is now 2/5 on the right, down from 4/5 five days ago, and great toe extension is 2/5; ' +
      'the left leg is strong. Pinprick is reduced over the right lateral leg and dorsum of the foot. Perianal ' +
      'sensation is normal, and he passes urine with a normal stream. Knee and ankle jerks are normal.',
    findings: {
      age: 48,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: ['ankle dorsiflexion', 'great toe extension'],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'urgent',
    explanation:
      'A progressive motor deficit (foot drop falling from 4/5 to 2/5 within days) needs urgent specialist ' +
      'assessment and imaging within days, because decompression may be needed to save the muscle. Normal saddle ' +
      'sensation, normal bladder function and a one-sided deficit give no sign of cauda equina syndrome, so it is ' +
      'not an emergency scan within hours, but it is no longer routine either.',
    source: 'BMJ_BP_CES',
    difficulty: 0.55,
  }),
  triageCase({
    id: 'rf-urgent-progressive-quadriceps-falls',
    roots: ['L4'],
    story:
      'A 59-year-old yoga instructor with a far-lateral L4-5 disc seen on MRI last month is waiting for a routine ' +
      'clinic appointment. Over the past week her left knee has begun to buckle, and today she fell on the stairs.',
    exam:
      'Knee extension is 3/5, down from 4/5 at her last visit, and dorsiflexion is 4/5. The inner side of the ' +
      'left shin down to the medial malleolus is numb to pinprick. The left knee jerk is absent; ankle jerks are normal. Saddle ' +
      'sensation is normal, and bladder and bowel function are unchanged.',
    findings: {
      age: 59,
      sex: 'female',
      sensoryPattern: { roots: ['L4'] },
      weakActions: ['knee extension', 'ankle dorsiflexion'],
      reflexes: { knee: 'absent', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'urgent',
    explanation:
      'Quadriceps weakness that is getting worse and causing falls is a progressive motor deficit: the specialist ' +
      'review and imaging should come forward to within days instead of waiting weeks. Normal saddle sensation, ' +
      'unchanged bladder and bowel function and a one-sided deficit argue against cauda equina syndrome, so an ' +
      'emergency scan within hours is not needed.',
    source: 'BMJ_BP_CES',
    difficulty: 0.6,
  }),
  triageCase({
    id: 'rf-urgent-progressive-plantar-flexion',
    roots: ['S1'],
    story:
      'A 39-year-old flight attendant has had left-sided sciatica for a month. A fortnight ago she could still ' +
      'stand on tiptoe; now she cannot push off with her left foot when she walks.',
    exam:
      'Plantar flexion is 2/5 on the left, and she cannot do a single heel raise. Pinprick is reduced over the ' +
      'lateral foot and sole. The left ankle jerk is absent. Knee jerks are normal. Perianal sensation and bladder ' +
      'and bowel function are normal, and the right leg is normal.',
    findings: {
      age: 39,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: ['ankle plantar flexion'],
      reflexes: { ankle: 'absent', knee: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'urgent',
    explanation:
      'Calf weakness that has worsened to 2/5 within two weeks is a progressive motor deficit: arrange specialist ' +
      'assessment and imaging within days. The deficit is one-sided (S1) with normal saddle sensation and normal ' +
      'bladder and bowel function, so there is no sign of cauda equina syndrome calling for an MRI within hours.',
    source: 'BMJ_BP_CES',
    difficulty: 0.55,
  }),
  triageCase({
    id: 'rf-routine-persistent-l5-sciatica',
    roots: ['L5'],
    story:
      'A 46-year-old accountant has had sciatica down the outside of his right leg for eight weeks. The pain is ' +
      'slowly easing with walking and the exercises his physiotherapist gave him, but a small numb patch on the top ' +
      'of his foot has not changed.',
    exam:
      'Light touch is slightly reduced over the dorsum of the right foot. Power is full in both legs, including ' +
      'great toe extension and dorsiflexion. Knee and ankle jerks are normal. Perianal sensation is normal, and ' +
      'bladder, bowel and sexual function are unchanged.',
    findings: {
      age: 46,
      sex: 'male',
      sensoryPattern: { roots: ['L5'] },
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'routine',
    explanation:
      'One-sided sciatica with a small, stable numb patch, full power and no saddle, bladder, bowel or sexual ' +
      'symptoms has no red flag, so urgent imaging is not needed. Numbness that has lasted weeks still deserves a ' +
      'routine medical review, with referral if the leg pain fails to settle; it is more than self-care alone.',
    source: 'BMJ_BP_CES',
    difficulty: 0.5,
  }),
  triageCase({
    id: 'rf-routine-stable-s1-numbness',
    roots: ['S1'],
    story:
      'A 63-year-old church organist noticed numbness along the outer edge of her left foot two weeks ago, after a ' +
      'flare of back pain that has since settled. The numb area is not spreading.',
    exam:
      'Pinprick is reduced over the lateral border of the left foot. She does ten single-leg heel raises on each ' +
      'side without difficulty, and the rest of her power is full. The left ankle jerk is reduced. Knee jerks are normal. Perianal ' +
      'sensation is normal, and her bladder and bowels are unchanged.',
    findings: {
      age: 63,
      sex: 'female',
      sensoryPattern: { roots: ['S1'] },
      weakActions: [],
      reflexes: { ankle: 'reduced', knee: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'routine',
    explanation:
      'Numbness lasting two weeks with a reduced ankle jerk points to an S1 radiculopathy and should be assessed, ' +
      'but it is stable, with no weakness and no saddle, bladder or bowel symptoms: a routine review. It would ' +
      'become urgent if weakness appeared and progressed, and an emergency if any cauda equina symptom developed.',
    source: 'BMJ_BP_CES',
    difficulty: 0.5,
  }),
  triageCase({
    id: 'rf-self-care-early-improving-sciatica',
    roots: ['S1'],
    story:
      'A 28-year-old barista strained her back moving a sofa four days ago. She has aching from the left buttock ' +
      'to the back of the calf, which is already easing, and she is sleeping and working normally with ' +
      'paracetamol and ibuprofen.',
    exam:
      'Sensation to light touch and pinprick is normal in both legs and around the anus. Power is full, and she ' +
      'walks on her heels and on her toes. Knee and ankle jerks are normal. Bladder and bowel function are normal.',
    findings: {
      age: 28,
      sex: 'female',
      sensoryPattern: {},
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'self-care',
    explanation:
      'Early sciatica that is already improving, with a normal neurological examination and no saddle, bladder, ' +
      'bowel or sexual symptoms, suits self-care: stay active, take simple pain relief, and come back if numbness ' +
      'persists, weakness appears or any cauda equina symptom develops. Most such episodes settle within weeks.',
    source: 'BMJ_BP_CES',
    difficulty: 0.35,
  }),
  triageCase({
    id: 'rf-self-care-gardener-mild-sciatica',
    roots: ['L5'],
    story:
      'A 55-year-old allotment gardener has had five days of aching down the outside of his right thigh and shin ' +
      'after a day of double digging. It is less each morning, and he wants to know whether he needs a scan.',
    exam:
      'Light touch and pinprick are normal over both legs, and perianal sensation is normal. He walks on his heels ' +
      'and toes, and power is full, great toe extension included. Knee and ankle jerks are normal. He passes urine ' +
      'normally.',
    findings: {
      age: 55,
      sex: 'male',
      sensoryPattern: {},
      weakActions: [],
      reflexes: { knee: 'normal', ankle: 'normal' },
      sphincter: [],
      bilateral: false,
    },
    answer: 'self-care',
    explanation:
      'Improving sciatica of a few days with normal sensation, full power, normal reflexes and no saddle or ' +
      'sphincter symptoms needs no scan: self-care and keeping active. He should come back if numbness or weakness ' +
      'appears or the pain fails to settle over several weeks, and at once if bladder, bowel, saddle or sexual ' +
      'symptoms develop, which would be an emergency.',
    source: 'BMJ_BP_CES',
    difficulty: 0.3,
  }),
];

export const redFlagCases: CardDraft[] = [...caudaEquina, ...notCaudaEquina];
