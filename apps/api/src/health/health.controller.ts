import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ROOT_IDS } from '@dermatome/data';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/all-exceptions.filter';
import { Public } from '../common/public.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';

/** How long the database round trip may take before the health check calls it down. */
const DATABASE_CHECK_TIMEOUT_MS = 3000;

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'], description: '"unavailable" (with status 503) while the database is down' })
  status: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['postgres', 'embedded'] }) database: 'postgres' | 'embedded';
  @ApiProperty({ enum: ['up', 'down'], description: 'Whether a query reached the database just now' })
  databaseStatus: 'up' | 'down';
  @ApiProperty({ description: 'Nerve roots the content covers (from @dermatome/data)', type: [String] })
  roots: string[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers after a real round trip to the database: 200 when it answered, 503 with Retry-After when not. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database is down' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const up = await this.databaseAnswers();
    if (!up) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    return {
      status: up ? 'ok' : 'unavailable',
      database: this.config.databaseMode,
      databaseStatus: up ? 'up' : 'down',
      roots: [...ROOT_IDS],
    };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
