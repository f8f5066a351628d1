import { Module } from '@nestjs/common';
import { ApplicationFactsModule } from '../application-facts/application-facts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CompanyOffersController } from './company-offers.controller';
import { OfferAccess } from './offer-access';
import { OfferCoreModule } from './offer-core.module';
import { OfferListingsService } from './offer-listings.service';
import { OfferViews } from './offer-views';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { SkillCoverage } from '../matching/skill-coverage';

/** Companies' internship offers: routes, targeting, lifecycle. Expiry runs in the worker (OffersWorkerModule). */
@Module({
  imports: [OfferCoreModule, ApplicationFactsModule, OrganisationsModule],
  controllers: [OffersController, CompanyOffersController],
  providers: [OffersService, OfferListingsService, OfferAccess, OfferViews, SkillCoverage],
  exports: [OfferCoreModule, OfferAccess],
})
export class OffersModule {}
