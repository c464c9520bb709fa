import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NERVE_IDS, ROOT_IDS, SIDE_IDS, VIEW_IDS } from '@dermatome/data';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsDateOnly, IsTimeZone, Optional, OptionalOrNull } from '../common/validators';
import { EXAM_MAX_DAYS_AHEAD } from '../core/exam-date';
import { AnswerMapDto, CardFaceDto, DeckDto, PointDto } from '../content/content.dto';

const STEP = /^\d{1,4}[mhd]$/;
const STEP_MESSAGE = (name: string) => `each of ${name} must be a duration such as 1m, 10m, 1h or 1d`;

export class StudySettingsDto {
  @ApiProperty({ minimum: 0.7, maximum: 0.97, example: 0.9, description: 'Desired retention: higher means more reviews' })
  desiredRetention: number;
  @ApiProperty({ minimum: 0, maximum: 9999, example: 20 }) newPerDay: number;
  @ApiProperty({ minimum: 0, maximum: 99999, example: 200 }) reviewsPerDay: number;
  @ApiProperty({ type: [String], example: ['1m', '10m'] }) learningSteps: string[];
  @ApiProperty({ type: [String], example: ['10m'] }) relearningSteps: string[];
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ minimum: 0, maximum: 23, example: 4, description: 'Hour at which a new study day starts' }) dayStartHour: number;
  @ApiProperty({ description: 'Suspend a card when it becomes a leech (8 lapses); otherwise only tag it' })
  suspendLeeches: boolean;
  @ApiProperty({ description: 'After an exam, bring the cards you missed forward in your review queue' })
  examMissesFirst: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-03-15',
    description: 'Your own exam date (used when examMode is manual)',
  })
  examDate: string | null;
  @ApiProperty({
    enum: ['auto', 'manual', 'off'],
    description:
      'auto: the nearest target date of an assignment or opening of an assigned exam; manual: examDate; off: no exam scheduling',
  })
  examMode: 'auto' | 'manual' | 'off';
}

/** Fields not given keep their current value. */
export class UpdateStudySettingsDto {
  @ApiPropertyOptional({ minimum: 0.7, maximum: 0.97 })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'desiredRetention must be a number' })
  @Min(0.7, { message: 'desiredRetention must be between 0.70 and 0.97' })
  @Max(0.97, { message: 'desiredRetention must be between 0.70 and 0.97' })
  desiredRetention?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 9999 })
  @Optional()
  @IsInt({ message: 'newPerDay must be a whole number' })
  @Min(0, { message: 'newPerDay must be between 0 and 9999' })
  @Max(9999, { message: 'newPerDay must be between 0 and 9999' })
  newPerDay?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 99999 })
  @Optional()
  @IsInt({ message: 'reviewsPerDay must be a whole number' })
  @Min(0, { message: 'reviewsPerDay must be between 0 and 99999' })
  @Max(99999, { message: 'reviewsPerDay must be between 0 and 99999' })
  reviewsPerDay?: number;

  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @Optional()
  @ArrayMaxSize(10, { message: 'learningSteps can have at most 10 steps' })
  @IsString({ each: true })
  @Matches(STEP, { each: true, message: STEP_MESSAGE('learningSteps') })
  learningSteps?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @Optional()
  @ArrayMaxSize(10, { message: 'relearningSteps can have at most 10 steps' })
  @IsString({ each: true })
  @Matches(STEP, { each: true, message: STEP_MESSAGE('relearningSteps') })
  relearningSteps?: string[];

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @Optional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 23 })
  @Optional()
  @IsInt({ message: 'dayStartHour must be a whole hour from 0 to 23' })
  @Min(0, { message: 'dayStartHour must be a whole hour from 0 to 23' })
  @Max(23, { message: 'dayStartHour must be a whole hour from 0 to 23' })
  dayStartHour?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'suspendLeeches must be true or false' })
  suspendLeeches?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'examMissesFirst must be true or false' })
  examMissesFirst?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2027-03-15',
    description: `Your exam date (YYYY-MM-DD): from today up to ${EXAM_MAX_DAYS_AHEAD} days ahead; null clears it`,
  })
  @OptionalOrNull()
  @IsString({ message: 'examDate must be a date as YYYY-MM-DD' })
  examDate?: string | null;

  @ApiPropertyOptional({ enum: ['auto', 'manual', 'off'] })
  @Optional()
  @IsIn(['auto', 'manual', 'off'], { message: 'examMode must be auto, manual or off' })
  examMode?: 'auto' | 'manual' | 'off';
}

export class RatingPreviewDto {
  @ApiProperty({ enum: [1, 2, 3, 4], description: '1 Again, 2 Hard, 3 Good, 4 Easy' }) rating: 1 | 2 | 3 | 4;
  @ApiProperty({ format: 'date-time' }) due: string;
  @ApiProperty() intervalSeconds: number;
  @ApiProperty({ example: '10m' }) label: string;
}

export class QueueCardDto {
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: ['learning', 'review', 'new'] }) kind: 'learning' | 'review' | 'new';
  @ApiProperty({ description: 'Send it back with the review: a stale version gets 409' }) version: number;
  @ApiProperty({ type: CardFaceDto }) face: CardFaceDto;
  @ApiProperty({ type: [RatingPreviewDto] }) previews: RatingPreviewDto[];
}

export class QueueCountsDto {
  @ApiProperty() new: number;
  @ApiProperty() learning: number;
  @ApiProperty() review: number;
}

export class QueueDto {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ example: '2026-11-23' }) studyDate: string;
  @ApiProperty({ format: 'date-time' }) nextDayStart: string;
  @ApiProperty({ type: QueueCountsDto }) counts: QueueCountsDto;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the next learning card not in `cards` comes due today',
  })
  nextLearningDue: string | null;
  @ApiProperty({ type: [QueueCardDto] }) cards: QueueCardDto[];
}

export class QueueQueryDto {
  @ApiPropertyOptional({ description: 'Only this deck (and its sub-decks)' })
  @Optional()
  @IsString()
  @MaxLength(100)
  deckId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be between 1 and 200' })
  @Max(200, { message: 'limit must be between 1 and 200' })
  limit?: number;
}

/** A learner's answer: a chosen option, or a click on the map. */
export class AnswerDto {
  @ApiPropertyOptional({ description: 'For multiple choice: the chosen option id' })
  @Optional()
  @IsString()
  @MaxLength(100)
  optionId?: string;

  @ApiPropertyOptional({ enum: VIEW_IDS, description: 'For click cards: the view clicked on' })
  @Optional()
  @IsIn(VIEW_IDS as unknown as string[], { message: `view must be one of ${VIEW_IDS.join(', ')}` })
  view?: (typeof VIEW_IDS)[number];

  @ApiPropertyOptional({ description: 'For click cards: x in the view coordinates' })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'x must be a finite number in the view coordinates' })
  x?: number;

  @ApiPropertyOptional({ description: 'For click cards: y in the view coordinates' })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'y must be a finite number in the view coordinates' })
  y?: number;
}

function IsOneAnswer() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOneAnswer',
      target: target.constructor,
      propertyName,
      options: { message: 'answer must be either { optionId } or { view, x, y }' },
      validator: {
        validate(value: unknown, _args: ValidationArguments) {
          if (value === undefined || value === null) return true;
          const a = value as AnswerDto;
          const choice = a.optionId !== undefined;
          const click = a.view !== undefined || a.x !== undefined || a.y !== undefined;
          return choice ? !click : a.view !== undefined && a.x !== undefined && a.y !== undefined;
        },
      },
    });
}

export class RevealDto {
  @ApiPropertyOptional({ type: AnswerDto, description: 'The learner answer to grade (none for flip cards)' })
  @Optional()
  @ValidateNested()
  @Type(() => AnswerDto)
  @IsOneAnswer()
  answer?: AnswerDto;
}

export class SubmitReviewDto extends RevealDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  cardId: string;

  @ApiProperty({ enum: [1, 2, 3, 4], description: '1 Again, 2 Hard, 3 Good, 4 Easy' })
  @IsIn([1, 2, 3, 4], { message: 'rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)' })
  rating: 1 | 2 | 3 | 4;

  @ApiProperty({ format: 'uuid', description: 'Made by the client; sending the same id again applies the review once' })
  @IsUUID('all', { message: 'reviewId must be a UUID made by the client' })
  reviewId: string;

  @ApiProperty({ minimum: 0, maximum: 3600000, description: 'Time spent on the card, in milliseconds' })
  @IsInt({ message: 'durationMs must be a whole number of milliseconds' })
  @Min(0, { message: 'durationMs must be between 0 and 3600000' })
  @Max(3_600_000, { message: 'durationMs must be between 0 and 3600000' })
  durationMs: number;

  @ApiProperty({ description: 'The card state version the queue gave; a stale one gets 409' })
  @IsInt({ message: 'version must be the whole number the queue gave' })
  @Min(0)
  version: number;
}

export class SourceDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() citation: string;
}

export class ExpectedAnswerDto {
  @ApiProperty({ enum: ['choice', 'click', 'flip', 'examination'] }) kind: 'choice' | 'click' | 'flip' | 'examination';
  @ApiPropertyOptional() optionId?: string;
  @ApiPropertyOptional({ description: 'The lesion of an examination case (root, saddle, cauda equina or nerve id)' })
  lesion?: string;
  @ApiPropertyOptional() text?: string;
  @ApiPropertyOptional({ enum: VIEW_IDS }) view?: (typeof VIEW_IDS)[number];
  @ApiPropertyOptional({ enum: ROOT_IDS, description: 'The root of a zone or key-point target' })
  root?: (typeof ROOT_IDS)[number];
  @ApiPropertyOptional({ enum: NERVE_IDS, description: 'The nerve of a territory target' }) nerve?: (typeof NERVE_IDS)[number];
  @ApiPropertyOptional({
    enum: [...SIDE_IDS, 'both'],
    description: 'The patient’s side asked for, when the card names one; an examination case’s side (or both)',
  })
  side?: (typeof SIDE_IDS)[number] | 'both';
  @ApiPropertyOptional({ type: PointDto, nullable: true }) point?: PointDto | null;
}

export class GradeDto {
  @ApiProperty() correct: boolean;
  @ApiProperty({ description: 'A click in a transition band next to the right zone' }) partial: boolean;
}

export class RevealResultDto {
  @ApiProperty() cardId: string;
  @ApiProperty({ type: GradeDto, nullable: true, description: 'Null when no answer was given (flip cards)' })
  grade: GradeDto | null;
  @ApiProperty({ type: Number, enum: [1, 2, 3, 4], nullable: true, description: 'Wrong 1, partly right 2, right 3' })
  suggestedRating: 1 | 2 | 3 | null;
  @ApiProperty({ type: ExpectedAnswerDto }) expected: ExpectedAnswerDto;
  @ApiProperty() answerText: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiProperty({ type: AnswerMapDto, nullable: true, description: 'The labelled map to show with the answer' })
  answerMap: AnswerMapDto | null;
}

export class CardStateDto {
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: ['new', 'learning', 'review', 'relearning'] }) state: 'new' | 'learning' | 'review' | 'relearning';
  @ApiProperty({ format: 'date-time' }) due: string;
  @ApiProperty() stability: number;
  @ApiProperty() difficulty: number;
  @ApiProperty() reps: number;
  @ApiProperty() lapses: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReview: string | null;
  @ApiProperty() version: number;
  @ApiProperty() suspended: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) buriedUntil: string | null;
  @ApiProperty() leech: boolean;
}

export class SuspendedCardDto {
  @ApiProperty({ type: CardFaceDto }) face: CardFaceDto;
  @ApiProperty({ description: 'Suspended as a leech (forgotten too often), rather than by hand' }) leech: boolean;
  @ApiProperty({ description: 'Times it was forgotten after being learnt' }) lapses: number;
}

export class ReviewResultDto extends RevealResultDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) rating: 1 | 2 | 3 | 4;
  @ApiProperty({ format: 'date-time' }) reviewedAt: string;
  @ApiProperty({ type: CardStateDto }) state: CardStateDto;
  @ApiProperty({ format: 'date-time' }) nextDue: string;
  @ApiProperty() intervalSeconds: number;
  @ApiProperty({ description: 'This review made the card a leech (8 lapses)' }) becameLeech: boolean;
}

/** Most reviews one batch may carry (the web's outbox sends its queue in batches of at most this). */
export const REVIEW_BATCH_MAX = 100;

export class SubmitReviewBatchDto {
  @ApiProperty({
    type: [SubmitReviewDto],
    minItems: 1,
    maxItems: REVIEW_BATCH_MAX,
    description: 'Reviews in the order they were given; each is applied on its own, in this order',
  })
  @IsArray({ message: 'reviews must be a list of reviews' })
  @ArrayMinSize(1, { message: `reviews must hold between 1 and ${REVIEW_BATCH_MAX} reviews` })
  @ArrayMaxSize(REVIEW_BATCH_MAX, { message: `reviews must hold between 1 and ${REVIEW_BATCH_MAX} reviews` })
  @ValidateNested({ each: true })
  @Type(() => SubmitReviewDto)
  reviews: SubmitReviewDto[];
}

export class ReviewBatchItemDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({
    enum: ['applied', 'replayed', 'refused'],
    description: 'applied now; replayed: this reviewId was applied before (result as then); refused: see status and message',
  })
  outcome: 'applied' | 'replayed' | 'refused';
  @ApiPropertyOptional({ type: ReviewResultDto, description: 'The review result (applied or replayed)' })
  result?: ReviewResultDto;
  @ApiPropertyOptional({
    description:
      'Why it was refused, as the single endpoint would answer: 404 not your card, 409 stale version, exam lock or reused id',
  })
  status?: number;
  @ApiPropertyOptional() message?: string;
}

export class ReviewBatchResultDto {
  @ApiProperty({ type: [ReviewBatchItemDto], description: 'One per review sent, in the same order' })
  results: ReviewBatchItemDto[];
}

export class UndoResultDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) rating: 1 | 2 | 3 | 4;
  @ApiProperty({ type: CardStateDto }) state: CardStateDto;
}

export class DeckCountsDto {
  @ApiProperty({ type: DeckDto }) deck: DeckDto;
  @ApiProperty({ type: QueueCountsDto, description: 'Due today in this deck' }) counts: QueueCountsDto;
}

export class LearnerDeckDto extends DeckCountsDto {
  @ApiProperty({ type: [DeckCountsDto], description: 'Its sub-decks, with what is due in each today' }) subdecks: DeckCountsDto[];
}

export class ReviewListQueryDto {
  @ApiPropertyOptional({ description: 'First study date (YYYY-MM-DD); default today' })
  @Optional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ description: 'Last study date (YYYY-MM-DD); default today' })
  @Optional()
  @IsDateOnly()
  to?: string;
}

export class ReviewEntryDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) rating: 1 | 2 | 3 | 4;
  @ApiProperty({ format: 'date-time' }) reviewedAt: string;
  @ApiProperty() studyDate: string;
  @ApiProperty() durationMs: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Graded answers only' }) correct: boolean | null;
  @ApiProperty({ description: 'Undone reviews stay in the log, marked' }) undone: boolean;
}

export class AddDeckDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  deckId: string;
}
