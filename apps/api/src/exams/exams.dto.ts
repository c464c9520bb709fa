import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARD_TYPES } from '@dermatome/data';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AnswerMapDto, CardFaceDto } from '../content/content.dto';
import { EXAM_TYPE_GROUP_NAMES, type ExamTypeGroup } from '../core/exams';
import { AnswerDto, ExpectedAnswerDto, SourceDto } from '../study/study.dto';
import { Optional, OptionalOrNull } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StartPracticeExamDto {
  @ApiProperty({ example: 'dermatomes-of-the-leg' })
  @IsString()
  @MaxLength(100)
  deckId: string;

  @ApiProperty({ minimum: 5, maximum: 100, example: 20 })
  @IsInt({ message: 'questionCount must be a whole number from 5 to 100' })
  @Min(5, { message: 'questionCount must be a whole number from 5 to 100' })
  @Max(100, { message: 'questionCount must be a whole number from 5 to 100' })
  questionCount: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 180, description: 'Omit for an untimed exam' })
  @Optional()
  @IsInt({ message: 'timeLimitMinutes must be a whole number from 1 to 180' })
  @Min(1, { message: 'timeLimitMinutes must be a whole number from 1 to 180' })
  @Max(180, { message: 'timeLimitMinutes must be a whole number from 1 to 180' })
  timeLimitMinutes?: number;

  @ApiPropertyOptional({
    description: 'Untimed tutor mode: the explanation after each question (cannot be combined with a time limit)',
  })
  @Optional()
  @IsBoolean({ message: 'tutorMode must be true or false' })
  tutorMode?: boolean;

  @ApiProperty({ enum: EXAM_TYPE_GROUP_NAMES, isArray: true, example: ['vignettes', 'locate'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one kind of question' })
  @ArrayUnique()
  @IsIn(EXAM_TYPE_GROUP_NAMES, { each: true, message: `each of cardTypes must be one of ${EXAM_TYPE_GROUP_NAMES.join(', ')}` })
  cardTypes: ExamTypeGroup[];
}

export class AccommodationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId must be a student id' })
  userId: string;

  @ApiProperty({
    minimum: 0,
    maximum: 400,
    example: 50,
    description: 'Extra time as a percentage of the limit (WCAG 2.2.1 timing adjustable)',
  })
  @IsInt({ message: 'extraTimePercent must be a whole number from 0 to 400' })
  @Min(0, { message: 'extraTimePercent must be a whole number from 0 to 400' })
  @Max(400, { message: 'extraTimePercent must be a whole number from 0 to 400' })
  extraTimePercent: number;
}

export class CreateAssignedExamDto {
  @ApiProperty({ example: 'Week 6 dermatome quiz', minLength: 1, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'title must be 1 to 120 characters long' })
  title: string;

  @ApiProperty({ example: 'dermatomes-of-the-leg', description: 'Deck the questions come from' })
  @IsString()
  @MaxLength(100)
  deckId: string;

  @ApiPropertyOptional({
    minimum: 5,
    maximum: 100,
    description: 'Draw this many questions, balanced across roots (or give cardIds)',
  })
  @Optional()
  @IsInt({ message: 'questionCount must be a whole number from 5 to 100' })
  @Min(5, { message: 'questionCount must be a whole number from 5 to 100' })
  @Max(100, { message: 'questionCount must be a whole number from 5 to 100' })
  questionCount?: number;

  @ApiPropertyOptional({ type: [String], description: 'A hand-picked list of card ids, in place of questionCount' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1, { message: 'cardIds must list at least one card' })
  @ArrayMaxSize(100, { message: 'cardIds can list at most 100 cards' })
  @ArrayUnique({ message: 'cardIds must not repeat a card' })
  @IsString({ each: true })
  cardIds?: string[];

  @ApiPropertyOptional({
    enum: EXAM_TYPE_GROUP_NAMES,
    isArray: true,
    description: 'Kinds of question to draw from (default: all but examination cases)',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one kind of question' })
  @IsIn(EXAM_TYPE_GROUP_NAMES, { each: true, message: `each of cardTypes must be one of ${EXAM_TYPE_GROUP_NAMES.join(', ')}` })
  cardTypes?: ExamTypeGroup[];

  @ApiProperty({ minimum: 1, maximum: 300, example: 30 })
  @IsInt({ message: 'timeLimitMinutes must be a whole number from 1 to 300' })
  @Min(1, { message: 'timeLimitMinutes must be a whole number from 1 to 300' })
  @Max(300, { message: 'timeLimitMinutes must be a whole number from 1 to 300' })
  timeLimitMinutes: number;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'opensAt must be a date and time such as 2026-12-01T09:00:00Z' })
  opensAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'closesAt must be a date and time such as 2026-12-01T17:00:00Z' })
  closesAt: string;

  @ApiProperty({ minimum: 1, maximum: 10, example: 1 })
  @IsInt({ message: 'attemptsAllowed must be a whole number from 1 to 10' })
  @Min(1, { message: 'attemptsAllowed must be a whole number from 1 to 10' })
  @Max(10, { message: 'attemptsAllowed must be a whole number from 1 to 10' })
  attemptsAllowed: number;

  @ApiProperty({ enum: ['at-submission', 'after-close'], description: 'When students see their results and the explanations' })
  @IsIn(['at-submission', 'after-close'], { message: 'resultsVisibility must be at-submission or after-close' })
  resultsVisibility: 'at-submission' | 'after-close';

  @ApiPropertyOptional({ type: [AccommodationDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(1000, { message: 'accommodations can list at most 1000 students' })
  @ArrayUnique((a: AccommodationDto) => (a as { userId?: unknown } | null)?.userId, {
    message: 'accommodations must name each student once',
  })
  @ValidateNested({ each: true })
  @Type(() => AccommodationDto)
  accommodations?: AccommodationDto[];
}

export class ExamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['practice', 'assigned'] }) kind: 'practice' | 'assigned';
  @ApiProperty() title: string;
  @ApiProperty() deckId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cohortId: string | null;
  @ApiProperty() questionCount: number;
  @ApiProperty({ type: Number, nullable: true }) timeLimitMinutes: number | null;
  @ApiProperty() tutorMode: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
  @ApiProperty() attemptsAllowed: number;
  @ApiProperty({ enum: ['at-submission', 'after-close'] }) resultsVisibility: 'at-submission' | 'after-close';
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) window: 'upcoming' | 'open' | 'closed';
}

export class AccommodationViewDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() extraTimePercent: number;
}

export class CohortExamDto extends ExamDto {
  @ApiProperty({ type: [AccommodationViewDto] }) accommodations: AccommodationViewDto[];
  @ApiProperty({ description: 'Students with a submitted attempt' }) submitted: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean first-attempt percent' }) meanPercent: number | null;
}

export class SetAccommodationsDto {
  @ApiProperty({ type: [AccommodationDto] })
  @IsArray()
  @ArrayMaxSize(1000, { message: 'accommodations can list at most 1000 students' })
  @ArrayUnique((a: AccommodationDto) => (a as { userId?: unknown } | null)?.userId, {
    message: 'accommodations must name each student once',
  })
  @ValidateNested({ each: true })
  @Type(() => AccommodationDto)
  accommodations: AccommodationDto[];
}

export class TutorFeedbackDto {
  @ApiProperty() correct: boolean;
  @ApiProperty() partial: boolean;
  @ApiProperty({ type: ExpectedAnswerDto }) expected: ExpectedAnswerDto;
  @ApiProperty() answerText: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiProperty({ type: AnswerMapDto, nullable: true, description: 'The labelled map to show with the answer' })
  answerMap: AnswerMapDto | null;
}

export class AttemptQuestionDto {
  @ApiProperty() position: number;
  @ApiProperty({ type: CardFaceDto }) face: CardFaceDto;
  @ApiProperty({ type: AnswerDto, nullable: true, description: 'Your saved answer' }) answer: AnswerDto | null;
  @ApiProperty() flagged: boolean;
  @ApiProperty({ type: TutorFeedbackDto, nullable: true, description: 'Tutor mode only, once answered' })
  feedback: TutorFeedbackDto | null;
}

export class AttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ExamDto }) exam: ExamDto;
  @ApiProperty() attemptNumber: number;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadlineAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'The server clock: the page timer follows it' }) serverNow: string;
  @ApiProperty({ type: Number, nullable: true }) remainingSeconds: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty() autoSubmitted: boolean;
  @ApiProperty({ type: [AttemptQuestionDto] }) questions: AttemptQuestionDto[];
}

export class SaveAnswerDto {
  @ApiPropertyOptional({ type: AnswerDto, nullable: true, description: 'The answer; null clears it (not in tutor mode)' })
  @OptionalOrNull()
  @ValidateNested()
  @Type(() => AnswerDto)
  answer?: AnswerDto | null;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'flagged must be true or false' })
  flagged?: boolean;
}

export class BreakdownDto {
  @ApiProperty({ description: 'A root (L1..S2, or saddle) or a card type' }) key: string;
  @ApiProperty() questions: number;
  @ApiProperty() score: number;
  @ApiProperty() percent: number;
}

export class ReportQuestionDto {
  @ApiProperty() position: number;
  @ApiProperty({ type: CardFaceDto }) face: CardFaceDto;
  @ApiProperty({ type: AnswerDto, nullable: true }) answer: AnswerDto | null;
  @ApiProperty() correct: boolean;
  @ApiProperty() partial: boolean;
  @ApiProperty({ type: ExpectedAnswerDto }) expected: ExpectedAnswerDto;
  @ApiProperty() answerText: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiProperty({ type: AnswerMapDto, nullable: true, description: 'The labelled map to show with the answer' })
  answerMap: AnswerMapDto | null;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ type: ExamDto }) exam: ExamDto;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty() autoSubmitted: boolean;
  @ApiProperty() durationSeconds: number;
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty() percent: number;
  @ApiProperty({ type: [BreakdownDto] }) byRoot: BreakdownDto[];
  @ApiProperty({ type: [BreakdownDto] }) byType: BreakdownDto[];
  @ApiProperty({ type: [ReportQuestionDto] }) questions: ReportQuestionDto[];
}

export class SubmitResultDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ description: 'Whether the report can be seen now' }) resultsAvailable: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the report becomes visible, if not now' })
  resultsAvailableAt: string | null;
  @ApiProperty({ type: ReportDto, nullable: true }) report: ReportDto | null;
}

export class MyExamDto {
  @ApiProperty({ type: ExamDto }) exam: ExamDto;
  @ApiProperty({ type: String, nullable: true }) cohortName: string | null;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An attempt in progress, to resume' }) openAttemptId:
    string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The latest submitted attempt whose report you can see',
  })
  latestReportAttemptId: string | null;
  @ApiProperty({ type: Number, nullable: true }) bestPercent: number | null;
  @ApiProperty({ description: 'Whether you can start (or resume) an attempt now' }) canStart: boolean;
  @ApiProperty({ description: 'Your extra time, as a percentage of the limit (0 when none)' }) extraTimePercent: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Your own time limit: the exam’s plus your extra time' })
  myTimeLimitSeconds: number | null;
}

export class ExamResultDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) examId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['practice', 'assigned'] }) kind: 'practice' | 'assigned';
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty() percent: number;
  @ApiProperty({ type: [BreakdownDto] }) byRoot: BreakdownDto[];
}

export class StudentResultDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Their first submitted attempt, to open its report' })
  firstAttemptId: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) firstPercent: number | null;
  @ApiProperty({ type: Number, nullable: true }) bestPercent: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstSubmittedAt: string | null;
}

export class ItemStatisticsDto {
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: CARD_TYPES }) type: (typeof CARD_TYPES)[number];
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [String] }) roots: string[];
  @ApiProperty({ description: 'Students who answered it in a first attempt' }) responses: number;
  @ApiProperty({ description: 'Share of the marks obtained (0..1)' }) facility: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Corrected item-total correlation' }) discrimination: number | null;
  @ApiProperty({ enum: ['too-hard', 'too-easy', 'poor-discrimination'], isArray: true }) flags: (
    'too-hard' | 'too-easy' | 'poor-discrimination'
  )[];
  @ApiProperty({
    type: () => [OptionCountDto],
    nullable: true,
    description: 'How often each option was chosen in first attempts (multiple choice): which distractors draw students',
  })
  options: OptionCountDto[] | null;
  @ApiProperty({ description: 'First attempts that left it unanswered' }) unanswered: number;
}

export class OptionCountDto {
  @ApiProperty() optionId: string;
  @ApiProperty() text: string;
  @ApiProperty() correct: boolean;
  @ApiProperty() count: number;
}

export class PracticeAttemptDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty() title: string;
  @ApiProperty() questionCount: number;
  @ApiProperty({ type: Number, nullable: true }) timeLimitMinutes: number | null;
  @ApiProperty() tutorMode: boolean;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) percent: number | null;
}

export class UpdateExamDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'title must be 1 to 120 characters long' })
  title?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Close earlier or later (attempts in progress keep their deadline)' })
  @Optional()
  @IsISO8601({ strict: true }, { message: 'closesAt must be a date and time such as 2026-12-01T17:00:00Z' })
  closesAt?: string;
}

export class ExamResultsDto {
  @ApiProperty({ type: CohortExamDto }) exam: CohortExamDto;
  @ApiProperty({ type: [StudentResultDto] }) students: StudentResultDto[];
  @ApiProperty({ type: [ItemStatisticsDto] }) items: ItemStatisticsDto[];
  @ApiProperty({ type: Number, nullable: true, description: "KR-20 / Cronbach's alpha over first attempts" }) reliability:
    number | null;
  @ApiProperty({ description: 'First attempts counted in the item analysis' }) firstAttempts: number;
  @ApiProperty({ type: Number, nullable: true }) meanPercent: number | null;
}
