import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ROOT_IDS } from '@dermatome/data';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { Public } from '../common/public.decorator';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['postgres', 'embedded'] }) database: 'postgres' | 'embedded';
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

  /** Answers only after a real round trip to the database. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.config.databaseMode, roots: [...ROOT_IDS] };
  }
}
