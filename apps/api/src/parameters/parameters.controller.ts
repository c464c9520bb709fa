import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser } from '../auth/auth.decorators';
import type { FsrsFitRecord } from './fsrs-fits.repository';
import { FsrsFitDto, OptimiseAcceptedDto, ParametersDto } from './parameters.dto';
import { ParametersService } from './parameters.service';

function fitDto(f: FsrsFitRecord | null): FsrsFitDto | null {
  if (!f) return null;
  return {
    trigger: f.trigger,
    requestedAt: f.requestedAt.toISOString(),
    finishedAt: f.finishedAt?.toISOString() ?? null,
    reviewsUsed: f.reviewsUsed,
    trainItems: f.trainItems,
    scoredReviews: f.scoredReviews,
    logLossBefore: f.logLossBefore,
    logLossAfter: f.logLossAfter,
    kept: f.kept,
    outcome: f.outcome,
  };
}

/** Your own FSRS scheduler parameters: their fit history, and a fit on demand. */
@ApiTags('study')
@Controller('study/parameters')
export class ParametersController {
  constructor(private readonly parameters: ParametersService) {}

  /** On how many reviews your weights were fitted, when, and the log loss before and after. */
  @Get()
  @ApiOkResponse({ type: ParametersDto })
  async get(@Auth() user: AuthUser): Promise<ParametersDto> {
    const s = await this.parameters.status(user.id);
    return { ...s, pending: fitDto(s.pending), lastFit: fitDto(s.lastFit), keptFit: fitDto(s.keptFit) };
  }

  /** Queues a fit of your weights from your review log (202); with too few reviews, 400 says how many more are needed. */
  @Post('optimise')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: OptimiseAcceptedDto })
  @ApiBadRequestResponse({
    description: 'Too few reviews: the message says how many more are needed; the parameters stay as they are',
  })
  async optimise(@Auth() user: AuthUser): Promise<OptimiseAcceptedDto> {
    const fit = (await this.parameters.request(user.id))!;
    return {
      fit: fitDto(fit)!,
      message:
        'Optimising your parameters in the background: new weights are kept only if they predict your later reviews better.',
    };
  }
}
