import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARD_TYPES, MASTERY_ROOTS } from '@dermatome/data';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { RootMasteryDto, RootSeriesDto } from '../progress/progress.dto';
import { IsDateOnly, Optional, OptionalOrNull } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LEVELS = ['not-started', 'learning', 'familiar', 'proficient', 'mastered'] as const;

export class CreateCohortDto {
  @ApiProperty({ example: 'Neuro block 2026, group B', minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name: string;
}

export class UpdateCohortDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name?: string;

  @ApiPropertyOptional({
    description: 'Archive (true) or restore (false). An archived cohort takes no new members and its assignments pause.',
  })
  @Optional()
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}

export class CohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'K7PM3QXA' }) joinCode: string;
  @ApiProperty({ example: '/join/K7PM3QXA', description: 'Path of the invite link, on the web app origin' }) invitePath: string;
  @ApiProperty() ownerName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() archived: boolean;
  @ApiProperty() memberCount: number;
}

/** One cohort as its instructor opens it, with their own study date (the default start of a new assignment). */
export class CohortDetailDto extends CohortDto {
  @ApiProperty({
    example: '2026-11-24',
    description: "Today's study date for the instructor (their time zone and day start), as the dashboard counts pace",
  })
  today: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class CreateAssignmentDto {
  @ApiProperty({ example: 'dermatomes-of-the-leg', description: 'The built-in deck or one of its sub-decks' })
  @IsString()
  @MaxLength(100)
  deckId: string;

  @ApiProperty({ example: '2026-11-24', description: 'First study date (YYYY-MM-DD)' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ minimum: 1, maximum: 200, example: 10, description: 'New cards per day that enter each member queue' })
  @IsInt({ message: 'newPerDay must be a whole number' })
  @Min(1, { message: 'newPerDay must be between 1 and 200' })
  @Max(200, { message: 'newPerDay must be between 1 and 200' })
  newPerDay: number;

  @ApiPropertyOptional({ example: '2026-12-20', description: 'Target (exam) date, on or after the start date' })
  @Optional()
  @IsDateOnly()
  targetDate?: string;
}

export class UpdateAssignmentDto {
  @ApiPropertyOptional({ example: '2026-11-24', description: 'First study date (YYYY-MM-DD)' })
  @Optional()
  @IsDateOnly()
  startDate?: string;

  @ApiPropertyOptional({ example: 12, description: 'New cards per day that enter each member queue' })
  @Optional()
  @IsInt({ message: 'newPerDay must be a whole number' })
  @Min(1, { message: 'newPerDay must be between 1 and 200' })
  @Max(200, { message: 'newPerDay must be between 1 and 200' })
  newPerDay?: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-12-20',
    description: 'Target (exam) date, on or after the start date; null removes it',
  })
  @OptionalOrNull()
  @IsDateOnly()
  targetDate?: string | null;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() deckId: string;
  @ApiProperty() deckTitle: string;
  @ApiProperty() cardCount: number;
  @ApiProperty() startDate: string;
  @ApiProperty() newPerDay: number;
  @ApiProperty({ type: String, nullable: true }) targetDate: string | null;
  @ApiProperty({ description: 'Study days the pace needs to introduce every card' }) daysAtPace: number;
}

export class JoinCohortDto {
  @ApiProperty({ example: 'K7PM3QXA' })
  @Transform(trim)
  @IsString()
  @Length(4, 32, { message: 'code must be the join code your instructor gave you' })
  code: string;
}

export class JoinPreviewDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() instructorName: string;
  @ApiProperty() archived: boolean;
  @ApiProperty({ description: 'Whether the signed-in student already belongs to it (false when signed out)' })
  alreadyMember: boolean;
}

export class AssignmentProgressDto {
  @ApiProperty() total: number;
  @ApiProperty() seen: number;
  @ApiProperty({ description: 'Cards the pace asks to have introduced by today' }) expected: number;
  @ApiProperty({ enum: ['not-started', 'on-track', 'behind', 'complete'] }) status:
    'not-started' | 'on-track' | 'behind' | 'complete';
  @ApiProperty({ type: Number, nullable: true }) daysToTarget: number | null;
}

export class MyAssignmentDto extends AssignmentDto {
  @ApiProperty({ type: AssignmentProgressDto }) progress: AssignmentProgressDto;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() instructorName: string;
  @ApiProperty() archived: boolean;
  @ApiProperty({ type: [MyAssignmentDto] }) assignments: MyAssignmentDto[];
}

export class RootLevelDto {
  @ApiProperty({ enum: MASTERY_ROOTS }) root: (typeof MASTERY_ROOTS)[number];
  @ApiProperty() mastery: number;
  @ApiProperty() coverage: number;
  @ApiProperty({ enum: LEVELS }) level: (typeof LEVELS)[number];
}

export class DashboardStudentDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: [RootLevelDto] }) mastery: RootLevelDto[];
  @ApiProperty() meanMastery: number;
  @ApiProperty({ description: 'Cards due before now and not yet reviewed' }) overdue: number;
  @ApiProperty({ type: String, nullable: true }) lastActive: string | null;
  @ApiProperty() reviews7d: number;
  @ApiProperty() reviewsTotal: number;
  @ApiProperty({ type: [String], description: 'Why the student needs attention; empty when on track' }) behind: string[];
  @ApiProperty({
    type: () => StudentExamRecallDto,
    nullable: true,
    description:
      "Predicted recall of the assignment's cards on the cohort's exam date (the nearest target date ahead); null without one",
  })
  examRecall: StudentExamRecallDto | null;
}

export class StudentRootExamRecallDto {
  @ApiProperty({ enum: MASTERY_ROOTS }) root: (typeof MASTERY_ROOTS)[number];
  @ApiProperty({ description: 'Mean predicted recall of the root cards on the exam date, unseen 0 (0..1)' })
  predictedRecall: number;
}

export class StudentExamRecallDto {
  @ApiProperty({ example: '2027-03-15' }) date: string;
  @ApiProperty({ description: 'Mean predicted recall on the exam date over the assignment cards, unseen 0 (0..1)' })
  predictedRecall: number;
  @ApiProperty({ type: [StudentRootExamRecallDto] }) roots: StudentRootExamRecallDto[];
}

export class ActivityDayDto {
  @ApiProperty() date: string;
  @ApiProperty() reviews: number;
  @ApiProperty({ type: Number, nullable: true }) recallRate: number | null;
}

export class LapsedCardDto {
  @ApiProperty() cardId: string;
  @ApiProperty({ enum: CARD_TYPES }) type: (typeof CARD_TYPES)[number];
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [String] }) roots: string[];
  @ApiProperty({ description: 'Times members forgot it after learning it' }) lapses: number;
  @ApiProperty({ description: 'Members who forgot it at least once' }) learners: number;
  @ApiProperty({ description: 'Lapses per review' }) lapseRate: number;
}

export class DashboardDto {
  @ApiProperty({ type: CohortDto }) cohort: CohortDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The exam date predicted recall is shown for: the nearest assignment target date ahead',
  })
  examDate: string | null;
  @ApiProperty() today: string;
  @ApiProperty({ enum: ['day', 'week'] }) granularity: 'day' | 'week';
  @ApiProperty({ type: [DashboardStudentDto] }) students: DashboardStudentDto[];
  @ApiProperty({ type: [RootLevelDto], description: "The cohort's mean current mastery per root (every member counts)" })
  cohortMastery: RootLevelDto[];
  @ApiProperty({ type: [RootSeriesDto], description: 'Cohort mean mastery per root since the cohort began' })
  series: { root: (typeof MASTERY_ROOTS)[number]; points: { date: string; mastery: number }[] }[];
  @ApiProperty({ type: [ActivityDayDto] }) activity: ActivityDayDto[];
  @ApiProperty({ type: [LapsedCardDto] }) mostLapsed: LapsedCardDto[];
  @ApiProperty({ type: [AssignmentDto] }) assignments: AssignmentDto[];
}

export class DashboardQueryDto {
  @ApiPropertyOptional({ enum: ['day', 'week'], default: 'day' })
  @Optional()
  @IsIn(['day', 'week'], { message: 'granularity must be day or week' })
  granularity?: 'day' | 'week';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 60,
    default: 3,
    description: 'Days without reviews before a student counts as inactive',
  })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'inactiveDays must be a whole number from 1 to 60' })
  @Min(1, { message: 'inactiveDays must be a whole number from 1 to 60' })
  @Max(60, { message: 'inactiveDays must be a whole number from 1 to 60' })
  inactiveDays?: number;
}

export class StudentDetailDto {
  @ApiProperty({ type: MemberDto }) student: MemberDto;
  @ApiProperty({ type: [RootMasteryDto] }) mastery: RootMasteryDto[];
  @ApiProperty({ type: [RootSeriesDto], description: 'Per-root mastery by day since the cohort began' })
  history: RootSeriesDto[];
  @ApiProperty({ type: [ActivityDayDto] }) activity: ActivityDayDto[];
  @ApiProperty({ type: [MyAssignmentDto] }) assignments: MyAssignmentDto[];
  @ApiProperty() overdue: number;
  @ApiProperty({ type: String, nullable: true }) lastActive: string | null;
  @ApiProperty() reviewsTotal: number;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ description: 'Start with a UTF-8 byte order mark, so spreadsheet programs read accents right' })
  @Optional()
  @IsIn(['true', 'false', '1', '0'], { message: 'bom must be true or false' })
  bom?: string;
}
