import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser } from '../auth/auth.decorators';
import { HistoryQueryDto, MasteryDto, MasteryHistoryDto, SummaryDto } from './progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /** Your mastery of each root L1..S2 now, with coverage, recall and level. */
  @Get('mastery')
  @ApiOkResponse({ type: MasteryDto })
  mastery(@Auth() user: AuthUser): Promise<MasteryDto> {
    return this.progress.currentMastery(user.id);
  }

  /** Your mastery per root as a daily series. */
  @Get('mastery/history')
  @ApiOkResponse({ type: MasteryHistoryDto })
  history(@Auth() user: AuthUser, @Query() query: HistoryQueryDto): Promise<MasteryHistoryDto> {
    return this.progress.history(user.id, query);
  }

  /** Today's reviews, streak, 30-day due forecast, review calendar, recall over time and card counts. */
  @Get('summary')
  @ApiOkResponse({ type: SummaryDto })
  summary(@Auth() user: AuthUser): Promise<SummaryDto> {
    return this.progress.summary(user.id);
  }
}
