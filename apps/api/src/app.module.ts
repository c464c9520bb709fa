import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AuthModule } from './auth/auth.module';
import type { Clock } from './common/clock';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { ExaminationModule } from './examination/examination.module';
import { ExamsModule } from './exams/exams.module';
import { ExportsModule } from './exports/exports.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { ContentModule } from './content/content.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { ParametersModule } from './parameters/parameters.module';
import { ProgressModule } from './progress/progress.module';
import { StudyModule } from './study/study.module';

export interface AppOptions {
  /** Replaces the system clock (tests move through days with it). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, options.clock),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
        DatabaseModule,
        JobsModule,
        HealthModule,
        ContentModule,
        AuthModule,
        StudyModule,
        ProgressModule,
        ParametersModule,
        CohortsModule,
        ExamsModule,
        ExaminationModule,
        ExportsModule,
        DemoModule,
      ],
    };
  }
}
