import { Global, Module } from '@nestjs/common';
import { CLOCK, systemClock, type Clock } from '../common/clock';
import { AppConfig, loadConfig } from './configuration';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /** Provide an already validated config (main and tests load it before the app is built). */
  static forRoot(config: AppConfig = loadConfig(), clock: Clock = systemClock) {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
