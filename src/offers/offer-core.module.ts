import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Offer } from './offer.entity';
import { OfferChangeRecorder } from './offer-change-recorder';
import { OfferHistoryEntry } from './offer-history.entity';

/** What the API and the worker share of offers: the entities and the change recorder. No routes. */
@Module({
  imports: [TypeOrmModule.forFeature([Offer, OfferHistoryEntry])],
  providers: [OfferChangeRecorder],
  exports: [TypeOrmModule, OfferChangeRecorder],
})
export class OfferCoreModule {}
