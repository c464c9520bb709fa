import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  NotFoundException,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, type AuthUser } from '../auth/auth.decorators';
import { CohortDashboardService } from './cohort-dashboard.service';
import {
  AssignmentDto,
  CohortDetailDto,
  CohortDto,
  CreateAssignmentDto,
  CreateCohortDto,
  DashboardDto,
  DashboardQueryDto,
  UpdateAssignmentDto,
  MemberDto,
  StudentDetailDto,
  UpdateCohortDto,
} from './cohorts.dto';
import { CohortsService } from './cohorts.service';

/** A malformed id names no cohort: 404, like an unknown one. */
export const CohortId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('No such cohort') });
const Uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException(`No such ${what}`) });

/** Instructor endpoints: every one checks that the instructor owns the cohort (403 otherwise). */
@ApiTags('cohorts')
@Authenticated({ role: 'instructor' })
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly dashboards: CohortDashboardService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CohortDto })
  create(@Auth() user: AuthUser, @Body() body: CreateCohortDto): Promise<CohortDto> {
    return this.cohorts.create(user, body.name);
  }

  /** Your cohorts, archived ones last. */
  @Get()
  @ApiOkResponse({ type: [CohortDto] })
  list(@Auth() user: AuthUser): Promise<CohortDto[]> {
    return this.cohorts.list(user);
  }

  @Get(':cohortId')
  @ApiOkResponse({ type: CohortDetailDto })
  get(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<CohortDetailDto> {
    return this.cohorts.get(user, cohortId);
  }

  /** Rename, archive or restore. */
  @Patch(':cohortId')
  @ApiOkResponse({ type: CohortDto })
  update(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortDto> {
    return this.cohorts.update(user, cohortId, body);
  }

  /** A new join code; the old code and invite link stop working. */
  @Post(':cohortId/join-code')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto })
  rotateCode(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<CohortDto> {
    return this.cohorts.rotateCode(user, cohortId);
  }

  @Get(':cohortId/members')
  @ApiOkResponse({ type: [MemberDto] })
  roster(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<MemberDto[]> {
    return this.cohorts.roster(user, cohortId);
  }

  @Delete(':cohortId/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeMember(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Param('userId', Uuid('student')) userId: string,
  ): Promise<void> {
    return this.cohorts.removeMember(user, cohortId, userId);
  }

  @Post(':cohortId/assignments')
  @ApiCreatedResponse({ type: AssignmentDto })
  assign(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentDto> {
    return this.cohorts.addAssignment(user, cohortId, body);
  }

  @Get(':cohortId/assignments')
  @ApiOkResponse({ type: [AssignmentDto] })
  assignments(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<AssignmentDto[]> {
    return this.cohorts.listAssignments(user, cohortId);
  }

  /** Changes the pace, start or target date of an assignment (a deck is assigned once; edit it instead). */
  @Patch(':cohortId/assignments/:assignmentId')
  @ApiOkResponse({ type: AssignmentDto })
  updateAssignment(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Param('assignmentId', Uuid('assignment')) assignmentId: string,
    @Body() body: UpdateAssignmentDto,
  ): Promise<AssignmentDto> {
    return this.cohorts.updateAssignment(user, cohortId, assignmentId, body);
  }

  @Delete(':cohortId/assignments/:assignmentId')
  @HttpCode(204)
  @ApiNoContentResponse()
  unassign(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Param('assignmentId', Uuid('assignment')) assignmentId: string,
  ): Promise<void> {
    return this.cohorts.removeAssignment(user, cohortId, assignmentId);
  }

  /** Students x roots mastery, the cohort series since it began, who is behind, activity and the most-lapsed cards. */
  @Get(':cohortId/dashboard')
  @ApiOkResponse({ type: DashboardDto })
  dashboard(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Query() query: DashboardQueryDto,
  ): Promise<DashboardDto> {
    return this.dashboards.dashboard(user, cohortId, query);
  }

  @Get(':cohortId/students/:userId')
  @ApiOkResponse({ type: StudentDetailDto })
  student(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Param('userId', Uuid('student')) userId: string,
  ): Promise<StudentDetailDto> {
    return this.dashboards.studentDetail(user, cohortId, userId);
  }
}
