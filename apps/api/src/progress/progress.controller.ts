import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser } from '../auth/auth.decorators';
import { ExamForecastDto, HistoryQueryDto, MasteryDto, MasteryHistoryDto, SummaryDto } from './progress.dto';
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

  /** Your exam date, days left, predicted recall on exam day (overall and per root) and the workload per day. */
  @Get('exam')
  @ApiOkResponse({ type: ExamForecastDto })
  exam(@Auth() user: AuthUser): Promise<ExamForecastDto> {
    return this.progress.examForecast(user.id);
  }
}
