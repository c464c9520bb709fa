import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), retryAttempts: 0 }),
      // Migrations run before anything else uses the database; on PostgreSQL under an advisory lock.
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        const embedded = Boolean((options as { driver?: unknown }).driver);
        await runMigrations(dataSource, !embedded);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
