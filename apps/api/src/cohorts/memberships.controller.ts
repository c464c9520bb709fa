import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, OptionalAuth, type AuthUser } from '../auth/auth.decorators';
import { Public } from '../common/public.decorator';
import { CohortId } from './cohorts.controller';
import { JoinCohortDto, JoinPreviewDto, MembershipDto } from './cohorts.dto';
import { CohortsService } from './cohorts.service';

/** A student's side of cohorts: join with a code, see assignments and progress, leave. */
@ApiTags('memberships')
@Controller()
export class MembershipsController {
  constructor(private readonly cohorts: CohortsService) {}

  /** Your cohorts, their assignments and your progress on each. */
  @Authenticated({ role: 'student' })
  @Get('memberships')
  @ApiOkResponse({ type: [MembershipDto] })
  list(@Auth() user: AuthUser): Promise<MembershipDto[]> {
    return this.cohorts.memberships(user);
  }

  @Authenticated({ role: 'student' })
  @Post('memberships')
  @ApiCreatedResponse({ type: MembershipDto })
  join(@Auth() user: AuthUser, @Body() body: JoinCohortDto): Promise<MembershipDto> {
    return this.cohorts.join(user, body.code);
  }

  /** Leave a cohort: your data no longer appears in its views. */
  @Authenticated({ role: 'student' })
  @Delete('memberships/:cohortId')
  @HttpCode(204)
  @ApiNoContentResponse()
  leave(@Auth() user: AuthUser, @Param('cohortId', CohortId) cohortId: string): Promise<void> {
    return this.cohorts.leave(user, cohortId);
  }

  /** What an invite link shows before joining (no sign-in needed). */
  @Public()
  @Get('join/:code')
  @ApiOkResponse({ type: JoinPreviewDto })
  preview(@Param('code') code: string, @OptionalAuth() user: AuthUser | undefined): Promise<JoinPreviewDto> {
    return this.cohorts.preview(code, user);
  }
}
