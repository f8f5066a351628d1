import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OfferCoreModule } from './offer-core.module';
import { OfferExpiryScheduler } from './offer-expiry.scheduler';
import { OfferExpiryService } from './offer-expiry.service';
import { OffersProcessor } from './offers.processor';
import { OFFERS_QUEUE } from './offers-queue';

/** The worker side of offers: the hourly `expire-offers` schedule and its consumer. */
@Module({
  imports: [OfferCoreModule, BullModule.registerQueue({ name: OFFERS_QUEUE })],
  providers: [OfferExpiryService, OfferExpiryScheduler, OffersProcessor],
  exports: [OfferExpiryService],
})
export class OffersWorkerModule {}
