import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, Authenticated, type AuthUser } from '../auth/auth.decorators';
import { CohortId } from '../cohorts/cohorts.controller';
import { ExportQueryDto } from '../cohorts/cohorts.dto';
import { CohortExportService, type CsvFile } from './cohort-export.service';

/** CSV exports of a cohort, for the instructor who owns it. */
@ApiTags('cohorts')
@Authenticated({ role: 'instructor' })
@Controller('cohorts/:cohortId/export')
export class ExportsController {
  constructor(private readonly exports: CohortExportService) {}

  @Get('roster.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV: one row per student', content: { 'text/csv': { schema: { type: 'string' } } } })
  async roster(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.roster(user, cohortId, isTrue(query.bom)));
  }

  @Get('mastery-daily.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV: one row per student, root and date',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async daily(
    @Auth() user: AuthUser,
    @Param('cohortId', CohortId) cohortId: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.masteryDaily(user, cohortId, isTrue(query.bom)));
  }
}

function send(res: Response, file: CsvFile): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('cache-control', 'no-store');
  res.send(file.content);
}

function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}
