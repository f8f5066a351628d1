import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { SearchIndexCoreModule } from '../../indexer/search-index-core.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { MatchDigestService } from './match-digest.service';
import { MatchQueueService } from './match-queue.service';
import { MatchedOffersProcessor } from './matched-offers.processor';
import { MATCHED_OFFERS_QUEUE } from './matched-offers-queue';
import { MatchedOffersScheduler } from './matched-offers.scheduler';
import { OfferMatcherService } from './offer-matcher.service';

/**
 * Request → offers matching, the worker side: follows the search sync (its hooks), matches what it indexed,
 * records the matches and sends the digests.
 */
@Module({
  imports: [SearchIndexCoreModule, NotificationsModule, BullModule.registerQueue({ name: MATCHED_OFFERS_QUEUE })],
  providers: [
    OfferMatcherService,
    MatchQueueService,
    MatchDigestService,
    MatchedOffersProcessor,
    MatchedOffersScheduler,
  ],
  exports: [OfferMatcherService, MatchQueueService, MatchDigestService],
})
export class MatchedOffersWorkerModule {}
