import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MASTERY_ROOTS } from '@dermatome/data';
import { IsDateOnly, Optional } from '../common/validators';

const LEVELS = ['not-started', 'learning', 'familiar', 'proficient', 'mastered'] as const;

export class RootMasteryDto {
  @ApiProperty({ enum: MASTERY_ROOTS }) root: (typeof MASTERY_ROOTS)[number];
  @ApiProperty({ description: 'Mean FSRS recall probability over the root cards in your decks, unseen cards counting 0 (0..1)' })
  mastery: number;
  @ApiProperty({ description: 'Share of the root cards seen at least once (0..1)' }) coverage: number;
  @ApiProperty({ description: 'Mean recall probability over the seen cards (0..1)' }) recall: number;
  @ApiProperty() seen: number;
  @ApiProperty() total: number;
  @ApiProperty({ enum: LEVELS }) level: (typeof LEVELS)[number];
}

export class MasteryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: [RootMasteryDto] }) roots: RootMasteryDto[];
}

export class MasteryPointDto {
  @ApiProperty({ example: '2026-11-20' }) date: string;
  @ApiProperty() mastery: number;
  @ApiProperty() coverage: number;
  @ApiProperty() recall: number;
  @ApiProperty() seen: number;
  @ApiProperty() total: number;
  @ApiProperty({ enum: LEVELS }) level: (typeof LEVELS)[number];
}

export class RootSeriesDto {
  @ApiProperty({ enum: MASTERY_ROOTS }) root: (typeof MASTERY_ROOTS)[number];
  @ApiProperty({ type: [MasteryPointDto] }) points: MasteryPointDto[];
}

export class MasteryHistoryDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [RootSeriesDto], description: 'One series per root L1..S2, one point per study date' })
  series: RootSeriesDto[];
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ description: 'First study date (YYYY-MM-DD); default 29 days before `to`' })
  @Optional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ description: 'Last study date (YYYY-MM-DD); default today' })
  @Optional()
  @IsDateOnly()
  to?: string;
}

export class TodayDto {
  @ApiProperty() date: string;
  @ApiProperty() reviewed: number;
  @ApiProperty() recalled: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share recalled (not Again), null before the first review' })
  recallRate: number | null;
  @ApiProperty() timeSpentMs: number;
}

export class DayCountDto {
  @ApiProperty() date: string;
  @ApiProperty() count: number;
}

export class DayRateDto {
  @ApiProperty() date: string;
  @ApiProperty() reviews: number;
  @ApiProperty({ type: Number, nullable: true }) recallRate: number | null;
}

export class CardCountsDto {
  @ApiProperty({ description: 'Never studied' }) new: number;
  @ApiProperty() learning: number;
  @ApiProperty() review: number;
  @ApiProperty() relearning: number;
  @ApiProperty() suspended: number;
  @ApiProperty() buried: number;
  @ApiProperty() leeches: number;
  @ApiProperty() total: number;
}

export class SummaryDto {
  @ApiProperty({ type: TodayDto }) today: TodayDto;
  @ApiProperty({ description: 'Consecutive study dates with reviews, up to today' }) streak: number;
  @ApiProperty({ type: [DayCountDto], description: 'Cards due on each of the next 30 study dates (overdue counted today)' })
  forecast: DayCountDto[];
  @ApiProperty({ type: [DayCountDto], description: 'Reviews per study date over the last 365 days' })
  calendar: DayCountDto[];
  @ApiProperty({ type: [DayRateDto], description: 'Recall rate per study date over the last 90 days' })
  recallHistory: DayRateDto[];
  @ApiProperty({ type: CardCountsDto }) cardCounts: CardCountsDto;
}

export class ExamInfoDto {
  @ApiProperty({ example: '2027-03-15', description: 'The exam date (a study date in your time zone)' }) date: string;
  @ApiProperty({ enum: ['settings', 'assignment', 'exam'], description: 'Where the date comes from' })
  source: 'settings' | 'assignment' | 'exam';
  @ApiProperty({ description: 'Your own date, the cohort and deck of an assignment, or the assigned exam title' }) label: string;
}

export class RootExamRecallDto {
  @ApiProperty({ enum: MASTERY_ROOTS }) root: (typeof MASTERY_ROOTS)[number];
  @ApiProperty({ description: 'Mean predicted recall of the root cards on exam day, unseen cards 0 (0..1)' })
  predictedRecall: number;
  @ApiProperty() seen: number;
  @ApiProperty() total: number;
}

export class ExamForecastDto {
  @ApiProperty({ type: ExamInfoDto, nullable: true, description: 'null without an exam date ahead' }) exam: ExamInfoDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Study days until the exam' }) daysLeft: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean predicted recall of all your cards on exam day, unseen 0 (0..1)',
  })
  predictedRecall: number | null;
  @ApiProperty({ type: [RootExamRecallDto] }) roots: RootExamRecallDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Expected reviews per day until the exam' }) reviewsPerDay:
    number | null;
  @ApiProperty({ description: 'Cards due today (reviews and learning) plus the new cards today allows' }) todayLoad: number;
}
