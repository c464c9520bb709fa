import { Module } from '@nestjs/common';
import { CardCatalog } from './card-catalog.service';
import { ContentController } from './content.controller';
import { ContentSyncService } from './content-sync.service';

@Module({
  controllers: [ContentController],
  providers: [CardCatalog, ContentSyncService],
  exports: [CardCatalog, ContentSyncService],
})
export class ContentModule {}
