import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { ContentSyncService } from '../content/content-sync.service';
import { DemoSeedService } from './demo-seed.service';

/** What runs once the database is migrated: sync the built-in content, then seed the demo if asked. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contentSync: ContentSyncService,
    private readonly demoSeed: DemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.contentSync.syncAndLog();
    if (this.config.seedDemo) await this.demoSeed.seedIfEmpty();
  }
}
