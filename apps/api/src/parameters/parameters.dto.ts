import { ApiProperty } from '@nestjs/swagger';

export class FsrsFitDto {
  @ApiProperty({ enum: ['request', 'sweep'], description: 'Asked for from settings, or started after enough new reviews' })
  trigger: 'request' | 'sweep';
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the fit is queued or running' })
  finishedAt: string | null;
  @ApiProperty({ description: 'Reviews in your log when the fit ran' }) reviewsUsed: number;
  @ApiProperty({ description: 'Optimiser items built from the earlier reviews (histories with a review a day or more later)' })
  trainItems: number;
  @ApiProperty({ description: 'Later reviews the log losses were measured on' }) scoredReviews: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Log loss on your later reviews with the weights in use before' })
  logLossBefore: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Log loss on your later reviews with the fitted weights' })
  logLossAfter: number | null;
  @ApiProperty({ description: 'Whether the fitted weights were kept (only when they lower the log loss)' }) kept: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the weights were kept or not' }) outcome: string | null;
}

export class ParametersDto {
  @ApiProperty({ description: 'Your reviews (undone ones not counted)' }) reviewCount: number;
  @ApiProperty({ description: 'Reviews needed before a fit' }) minReviews: number;
  @ApiProperty({ description: 'How many more reviews are needed before a fit (0: you can optimise)' }) reviewsMissing: number;
  @ApiProperty({ description: 'Whether your scheduler uses weights fitted from your reviews (otherwise the FSRS-6 defaults)' })
  usingFittedWeights: boolean;
  @ApiProperty({ type: FsrsFitDto, nullable: true, description: 'A fit queued or running' }) pending: FsrsFitDto | null;
  @ApiProperty({ type: FsrsFitDto, nullable: true, description: 'The latest finished fit, kept or not' })
  lastFit: FsrsFitDto | null;
  @ApiProperty({ type: FsrsFitDto, nullable: true, description: 'The fit whose weights are in use' }) keptFit: FsrsFitDto | null;
}

export class OptimiseAcceptedDto {
  @ApiProperty({ type: FsrsFitDto }) fit: FsrsFitDto;
  @ApiProperty() message: string;
}
