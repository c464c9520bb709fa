import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, type AuthUser } from '../auth/auth.decorators';
import { CohortId } from '../cohorts/cohorts.controller';
import {
  ExaminationConfusionsDto,
  ExaminationDto,
  ExaminationTestDto,
  ProbeDto,
  ProbeResultDto,
  StartExaminationDto,
  SubmitExaminationDto,
  TestResultDto,
} from './examination.dto';
import { ExaminationService } from './examination.service';

@ApiTags('examinations')
@Controller('examinations')
export class ExaminationController {
  constructor(private readonly examinations: ExaminationService) {}

  /** Starts examining a simulated patient (a card of your reviews, or a question of your exam attempt), or resumes. */
  @Post()
  @ApiCreatedResponse({ type: ExaminationDto })
  start(@Auth() user: AuthUser, @Body() body: StartExaminationDto): Promise<ExaminationDto> {
    return this.examinations.start(user, body);
  }

  /** The examination so far: the history and your probes and tests; the result once submitted. */
  @Get(':id')
  @ApiOkResponse({ type: ExaminationDto })
  get(@Auth() user: AuthUser, @Param('id') id: string): Promise<ExaminationDto> {
    return this.examinations.get(user, id);
  }

  /** Touches the skin at one point: the patient answers. */
  @Post(':id/probes')
  @ApiCreatedResponse({ type: ProbeResultDto })
  probe(@Auth() user: AuthUser, @Param('id') id: string, @Body() body: ProbeDto): Promise<ProbeResultDto> {
    return this.examinations.probe(user, id, body);
  }

  /** A motor test (MRC grade) or a reflex on one side. */
  @Post(':id/tests')
  @ApiCreatedResponse({ type: TestResultDto })
  test(@Auth() user: AuthUser, @Param('id') id: string, @Body() body: ExaminationTestDto): Promise<TestResultDto> {
    return this.examinations.test(user, id, body);
  }

  /** Names the lesion and its side: graded once; a second submission returns the first result. */
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ExaminationDto })
  submit(@Auth() user: AuthUser, @Param('id') id: string, @Body() body: SubmitExaminationDto): Promise<ExaminationDto> {
    return this.examinations.submit(user, id, body);
  }
}

@ApiTags('cohorts')
@Authenticated({ role: 'instructor' })
@Controller('cohorts')
export class CohortExaminationsController {
  constructor(private readonly examinations: ExaminationService) {}

  /** The lesions the cohort's students confuse most in examinations (truth -> answer), for its instructor. */
  @Get(':cohortId/examination-confusions')
  @ApiOkResponse({ type: ExaminationConfusionsDto })
  confusions(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<ExaminationConfusionsDto> {
    return this.examinations.confusions(user, cohortId);
  }
}
