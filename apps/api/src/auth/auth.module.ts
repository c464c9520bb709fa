import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LearningModule } from '../learning/learning.module';
import { AuthController } from './auth.controller';
import { SessionAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import {
  accountTracker,
  addressTracker,
  BY_ACCOUNT,
  BY_ACCOUNT_AND_ADDRESS,
  accountAndAddressTracker,
  BY_ADDRESS,
  LoginThrottlerGuard,
  PostgresThrottlerStorage,
} from './login-throttling';
import { PurgeJob } from './purge.job';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** Provides the rate-limit storage to the throttler's async factory. */
@Module({ providers: [PostgresThrottlerStorage], exports: [PostgresThrottlerStorage] })
class AuthStorageModule {}

@Module({
  imports: [
    LearningModule,
    CohortsModule,
    AuthStorageModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PostgresThrottlerStorage],
      imports: [AuthStorageModule],
      useFactory: (config: AppConfig, storage: PostgresThrottlerStorage) => ({
        storage,
        throttlers: [
          {
            name: BY_ADDRESS,
            ttl: config.LOGIN_WINDOW_SECONDS * 1000,
            limit: config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
            getTracker: addressTracker,
            setHeaders: false,
          },
          {
            name: BY_ACCOUNT_AND_ADDRESS,
            ttl: config.LOGIN_WINDOW_SECONDS * 1000,
            limit: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
            getTracker: accountAndAddressTracker,
            setHeaders: false,
          },
          {
            name: BY_ACCOUNT,
            ttl: config.LOGIN_ACCOUNT_WINDOW_SECONDS * 1000,
            limit: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT_GLOBAL,
            getTracker: accountTracker,
            setHeaders: false,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    UsersRepository,
    SessionsRepository,
    LoginThrottlerGuard,
    PurgeJob,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [AuthService, UsersRepository],
})
export class AuthModule {}
