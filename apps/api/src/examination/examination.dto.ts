import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EXAMINATION_LESION_IDS,
  EXAMINATION_PROBE_LIMIT,
  MODALITIES,
  MOTOR_TEST_IDS,
  PROBE_ANSWERS,
  REFLEX_TEST_IDS,
  SIDE_IDS,
  VIEW_IDS,
} from '@dermatome/data';
import { IsIn, IsInt, IsNumber, IsString, IsUUID, MaxLength, Min, Max } from 'class-validator';
import { Optional } from '../common/validators';

const LESIONS = EXAMINATION_LESION_IDS as unknown as string[];
const TESTS = [...MOTOR_TEST_IDS, ...REFLEX_TEST_IDS] as string[];

/** Starts (or resumes) an examination: of a card in your reviews, or of a question of an exam attempt. */
export class StartExaminationDto {
  @ApiPropertyOptional({ description: 'An examination-case card of your decks (review); leave out for an exam question' })
  @Optional()
  @IsString()
  @MaxLength(100)
  cardId?: string;

  @ApiPropertyOptional({ description: 'Your exam attempt (with position): examine that question' })
  @Optional()
  @IsUUID('all', { message: 'attemptId must be a UUID' })
  attemptId?: string;

  @ApiPropertyOptional({ description: 'The question number in the attempt (from 1)', minimum: 1, maximum: 1000 })
  @Optional()
  @IsInt({ message: 'position must be a whole number from 1' })
  @Min(1, { message: 'position must be a whole number from 1' })
  @Max(1000, { message: 'position must be a whole number from 1 to 1000' })
  position?: number;
}

/** One touch of the skin, in the view's SVG coordinates. */
export class ProbeDto {
  @ApiProperty({ enum: MODALITIES })
  @IsIn(MODALITIES as unknown as string[], { message: `modality must be one of ${MODALITIES.join(', ')}` })
  modality: (typeof MODALITIES)[number];

  @ApiProperty({ enum: VIEW_IDS })
  @IsIn(VIEW_IDS as unknown as string[], { message: `view must be one of ${VIEW_IDS.join(', ')}` })
  view: (typeof VIEW_IDS)[number];

  @ApiProperty({ description: 'x in the view coordinates' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'x must be a finite number in the view coordinates' })
  x: number;

  @ApiProperty({ description: 'y in the view coordinates' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'y must be a finite number in the view coordinates' })
  y: number;
}

/** A motor (MRC grade) or reflex test on one side. */
export class ExaminationTestDto {
  @ApiProperty({ enum: TESTS, description: 'A motor test (e.g. ankle-dorsiflexion) or a reflex (knee, ankle, plantar)' })
  @IsIn(TESTS, { message: `test must be one of ${TESTS.join(', ')}` })
  test: string;

  @ApiProperty({ enum: SIDE_IDS })
  @IsIn(SIDE_IDS as unknown as string[], { message: 'side must be right or left' })
  side: (typeof SIDE_IDS)[number];
}

/** The learner's diagnosis: a root or nerve, and the side. */
export class SubmitExaminationDto {
  @ApiProperty({ enum: LESIONS })
  @IsIn(LESIONS, { message: 'lesion must be one of the roots or nerves of the list' })
  lesion: string;

  @ApiProperty({ enum: ['right', 'left', 'both'] })
  @IsIn(['right', 'left', 'both'], { message: 'side must be right, left or both' })
  side: 'right' | 'left' | 'both';
}

export class ProbeResultDto {
  @ApiProperty({ description: 'The order of the probe or test in this examination, from 1' })
  seq: number;
  @ApiProperty({ enum: MODALITIES })
  modality: string;
  @ApiProperty({ enum: VIEW_IDS })
  view: string;
  @ApiProperty({ enum: SIDE_IDS, description: "The patient's side touched" })
  side: string;
  @ApiProperty()
  x: number;
  @ApiProperty()
  y: number;
  @ApiProperty({ enum: PROBE_ANSWERS })
  answer: string;
  @ApiProperty({ description: 'What the patient says, in words' })
  answerText: string;
}

export class TestResultDto {
  @ApiProperty()
  seq: number;
  @ApiProperty({ enum: ['motor', 'reflex'] })
  kind: 'motor' | 'reflex';
  @ApiProperty({ enum: TESTS })
  test: string;
  @ApiProperty({ description: 'e.g. "Ankle dorsiflexion"' })
  name: string;
  @ApiProperty({ enum: SIDE_IDS })
  side: string;
  @ApiProperty({ type: Number, nullable: true, description: 'MRC grade 0-5 (motor tests)' })
  grade: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'normal, reduced, absent, flexor or extensor (reflexes)' })
  finding: string | null;
}

export class HistoryDto {
  @ApiProperty()
  age: number;
  @ApiProperty({ enum: ['female', 'male'] })
  sex: string;
  @ApiProperty()
  story: string;
}

export class LesionChoiceDto {
  @ApiProperty({ enum: LESIONS })
  id: string;
  @ApiProperty({ enum: ['root', 'saddle', 'cauda-equina', 'nerve'] })
  kind: 'root' | 'saddle' | 'cauda-equina' | 'nerve';
  @ApiProperty({ description: 'e.g. "L5 root" or "Sural nerve"' })
  name: string;
}

export class LesionAnswerDto {
  @ApiProperty({ enum: LESIONS })
  lesion: string;
  @ApiProperty({ enum: ['right', 'left', 'both'] })
  side: string;
  @ApiProperty({ description: 'e.g. "L5 root" or "Common fibular nerve"' })
  name: string;
}

export class TerritoryDto {
  @ApiProperty({ enum: ['dermatomes', 'nerves'] })
  layer: 'dermatomes' | 'nerves';
  @ApiProperty({ type: [String], description: 'Dermatomes of the true lesion' })
  roots: string[];
  @ApiProperty({ type: [String], description: 'Nerve territories of the true lesion' })
  nerves: string[];
  @ApiProperty({ enum: ['right', 'left', 'both'] })
  side: string;
}

export class EfficiencyDto {
  @ApiProperty({ description: 'Probes and tests you made' })
  used: number;
  @ApiProperty({ description: 'The fewest probes and tests that separate the lesion from its look-alikes' })
  efficient: number;
}

/** The answer side: only after submission. */
export class ExaminationResultDto {
  @ApiProperty({ enum: ['right', 'partial', 'wrong'] })
  grade: 'right' | 'partial' | 'wrong';
  @ApiProperty()
  correct: boolean;
  @ApiProperty()
  partial: boolean;
  @ApiProperty({ type: LesionAnswerDto })
  answer: LesionAnswerDto;
  @ApiProperty({ type: LesionAnswerDto })
  truth: LesionAnswerDto;
  @ApiProperty({ description: 'Why the answer is graded so' })
  explanation: string;
  @ApiProperty({ type: TerritoryDto })
  territory: TerritoryDto;
  @ApiProperty({ type: [String], description: 'The findings that decide' })
  decidingFindings: string[];
  @ApiProperty({ type: EfficiencyDto })
  efficiency: EfficiencyDto;
  @ApiProperty({ enum: [1, 2, 3, 4], description: 'The rating the answer side starts on' })
  suggestedRating: number;
  @ApiProperty()
  submittedAt: string;
}

export class ExaminationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  cardId: string;
  @ApiProperty({ enum: ['review', 'exam'] })
  context: 'review' | 'exam';
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  attemptId: string | null;
  @ApiProperty({ type: Number, nullable: true })
  position: number | null;
  @ApiProperty({ type: HistoryDto })
  history: HistoryDto;
  @ApiProperty({
    type: [ProbeResultDto],
    maxItems: EXAMINATION_PROBE_LIMIT,
    description: 'Probes as made; at most this many per examination (and as many motor and reflex tests)',
  })
  probes: ProbeResultDto[];
  @ApiProperty({ type: [TestResultDto], maxItems: EXAMINATION_PROBE_LIMIT })
  tests: TestResultDto[];
  @ApiProperty({
    type: [LesionChoiceDto],
    description: 'Every lesion a diagnosis may name (the same list for every patient), roots before nerves',
  })
  lesions: LesionChoiceDto[];
  @ApiProperty()
  submitted: boolean;
  @ApiProperty({ type: LesionAnswerDto, nullable: true, description: 'Your submitted diagnosis' })
  diagnosis: LesionAnswerDto | null;
  @ApiProperty({
    type: ExaminationResultDto,
    nullable: true,
    description: 'Null until submitted, and for an exam question until the exam shows its results',
  })
  result: ExaminationResultDto | null;
  @ApiProperty({ description: 'Submitted, but the result waits for the exam to show its results' })
  resultWithheld: boolean;
}

export class ExaminationConfusionDto {
  @ApiProperty({ description: 'The true lesion' })
  truth: string;
  @ApiProperty()
  truthName: string;
  @ApiProperty({ description: 'What was answered instead' })
  answer: string;
  @ApiProperty()
  answerName: string;
  @ApiProperty({ description: 'How many times' })
  count: number;
  @ApiProperty({ description: 'Share of the examinations of this truth answered so (0..1)' })
  share: number;
}

export class ExaminationConfusionsDto {
  @ApiProperty({ description: 'Submitted examinations of current members' })
  examinations: number;
  @ApiProperty({ type: [ExaminationConfusionDto], description: 'Most confused first (at most 10)' })
  pairs: ExaminationConfusionDto[];
}
