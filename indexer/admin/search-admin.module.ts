import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OffersIndexService } from '../offers/offers-index.service';
import { ProfilesIndexService } from '../profiles/profiles-index.service';
import { SEARCH_MAINTENANCE_QUEUE } from '../rebuild/search-maintenance-queue';
import { SearchAdminController } from './search-admin.controller';
import { SearchStatusService } from './search-status.service';

/** The API side of the indexer: its state for administrators, and a way to start a rebuild. */
@Module({
  imports: [BullModule.registerQueue({ name: SEARCH_MAINTENANCE_QUEUE })],
  controllers: [SearchAdminController],
  providers: [SearchStatusService, ProfilesIndexService, OffersIndexService],
})
export class SearchAdminModule {}
