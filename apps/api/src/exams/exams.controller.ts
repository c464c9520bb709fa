import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, type AuthUser } from '../auth/auth.decorators';
import { CohortId } from '../cohorts/cohorts.controller';
import {
  AttemptDto,
  CohortExamDto,
  CreateAssignedExamDto,
  ExamDto,
  ExamResultDto,
  ExamResultsDto,
  MyExamDto,
  PracticeAttemptDto,
  ReportDto,
  SaveAnswerDto,
  SetAccommodationsDto,
  StartPracticeExamDto,
  SubmitResultDto,
  UpdateExamDto,
} from './exams.dto';
import { ExamResultsService } from './exam-results.service';
import { ExamsService } from './exams.service';

const ExamId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('No such exam') });
const AttemptId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('No such exam attempt') });
const Position = new ParseIntPipe({ exceptionFactory: () => new NotFoundException('No such question') });

/** Taking exams: practice exams for anyone signed in, assigned exams for the students of a cohort. */
@ApiTags('exams')
@Controller('exams')
export class ExamsController {
  constructor(
    private readonly exams: ExamsService,
    private readonly results: ExamResultsService,
  ) {}

  /** Starts a practice exam: questions drawn without repeats and balanced across roots; timed, untimed or tutor mode. */
  @Post('practice')
  @ApiCreatedResponse({ type: AttemptDto })
  practice(@Auth() user: AuthUser, @Body() body: StartPracticeExamDto): Promise<AttemptDto> {
    return this.exams.startPractice(user, body);
  }

  /** The exams set for your cohorts, with your attempts. */
  @Authenticated({ role: 'student' })
  @Get('mine')
  @ApiOkResponse({ type: [MyExamDto] })
  mine(@Auth() user: AuthUser): Promise<MyExamDto[]> {
    return this.results.mine(user);
  }

  /** Starts an attempt (or returns the one in progress). */
  @Authenticated({ role: 'student' })
  @Post(':examId/attempts')
  @ApiCreatedResponse({ type: AttemptDto })
  start(@Auth() user: AuthUser, @Param('examId', ExamId) examId: string): Promise<AttemptDto> {
    return this.exams.start(user, examId);
  }

  /** Your attempt: questions without answers, your saved answers and the server's clock. */
  @Get('attempts/:attemptId')
  @ApiOkResponse({ type: AttemptDto })
  attempt(@Auth() user: AuthUser, @Param('attemptId', AttemptId) attemptId: string): Promise<AttemptDto> {
    return this.exams.attempt(user, attemptId);
  }

  /** Saves the answer (and/or flag) of one question as it is given. */
  @Put('attempts/:attemptId/questions/:position')
  @ApiOkResponse({ type: AttemptDto })
  save(
    @Auth() user: AuthUser,
    @Param('attemptId', AttemptId) attemptId: string,
    @Param('position', Position) position: number,
    @Body() body: SaveAnswerDto,
  ): Promise<AttemptDto> {
    return this.exams.saveAnswer(user, attemptId, position, body);
  }

  @Post('attempts/:attemptId/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmitResultDto })
  submit(@Auth() user: AuthUser, @Param('attemptId', AttemptId) attemptId: string): Promise<SubmitResultDto> {
    return this.exams.submit(user, attemptId);
  }

  /** Score, time, breakdown per root and card type, and every question with the right answer and explanation. */
  @Get('attempts/:attemptId/report')
  @ApiOkResponse({ type: ReportDto })
  report(@Auth() user: AuthUser, @Param('attemptId', AttemptId) attemptId: string): Promise<ReportDto> {
    return this.exams.report(user, attemptId);
  }

  /** Your practice exams, newest first (resume the one in progress). */
  @Get('practice')
  @ApiOkResponse({ type: [PracticeAttemptDto] })
  practiceList(@Auth() user: AuthUser): Promise<PracticeAttemptDto[]> {
    return this.results.practiceAttempts(user);
  }

  /** Rename an exam or move its closing time. */
  @Authenticated({ role: 'instructor' })
  @Patch(':examId')
  @ApiOkResponse({ type: ExamDto })
  update(@Auth() user: AuthUser, @Param('examId', ExamId) examId: string, @Body() body: UpdateExamDto): Promise<ExamDto> {
    return this.exams.updateExam(user, examId, body);
  }

  /** Delete an exam nobody has started. */
  @Authenticated({ role: 'instructor' })
  @Delete(':examId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Auth() user: AuthUser, @Param('examId', ExamId) examId: string): Promise<void> {
    return this.exams.deleteExam(user, examId);
  }

  /** A student's report, for the instructor who set the exam. */
  @Authenticated({ role: 'instructor' })
  @Get(':examId/attempts/:attemptId/report')
  @ApiOkResponse({ type: ReportDto })
  studentReport(
    @Auth() user: AuthUser,
    @Param('examId', ExamId) examId: string,
    @Param('attemptId', AttemptId) attemptId: string,
  ): Promise<ReportDto> {
    return this.exams.studentReport(user, examId, attemptId);
  }

  /** Per-student scores and item analysis (facility, discrimination, reliability) from first attempts. */
  @Authenticated({ role: 'instructor' })
  @Get(':examId/results')
  @ApiOkResponse({ type: ExamResultsDto })
  resultsOf(@Auth() user: AuthUser, @Param('examId', ExamId) examId: string): Promise<ExamResultsDto> {
    return this.results.results(user, examId);
  }

  /** Extra time for named students (replaces the list). */
  @Authenticated({ role: 'instructor' })
  @Put(':examId/accommodations')
  @HttpCode(204)
  @ApiNoContentResponse()
  accommodations(
    @Auth() user: AuthUser,
    @Param('examId', ExamId) examId: string,
    @Body() body: SetAccommodationsDto,
  ): Promise<void> {
    return this.exams.setAccommodations(user, examId, body.accommodations);
  }
}

@ApiTags('exams')
@Authenticated({ role: 'instructor' })
@Controller('cohorts/:cohortId/exams')
export class CohortExamsController {
  constructor(
    private readonly exams: ExamsService,
    private readonly results: ExamResultsService,
  ) {}

  /** Sets an exam for the cohort: drawn or hand-picked questions, time limit, window, attempts, when results show, extra time. */
  @Post()
  @ApiCreatedResponse({ type: ExamDto })
  create(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Body() body: CreateAssignedExamDto,
  ): Promise<ExamDto> {
    return this.exams.createAssigned(user, cohortId, body);
  }

  @Get()
  @ApiOkResponse({ type: [CohortExamDto] })
  list(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<CohortExamDto[]> {
    return this.results.forCohort(user, cohortId);
  }
}

@ApiTags('progress')
@Controller('progress/exams')
export class ProgressExamsController {
  constructor(private readonly results: ExamResultsService) {}

  /** Your exam results (once visible), per root: a signal beside FSRS mastery. */
  @Get()
  @ApiOkResponse({ type: [ExamResultDto] })
  mine(@Auth() user: AuthUser): Promise<ExamResultDto[]> {
    return this.results.myResults(user);
  }
}
