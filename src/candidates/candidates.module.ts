import { Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { ReferenceModule } from '../reference/reference.module';
import { OrganisationNames } from '../search/organisation-names';
import { ProfilesSearchIndex } from '../search/profiles-search-index';
import { CandidateRanker } from './candidate-ranker';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

/** Offer → candidates: the profiles alias read with an offer's wanted profile as the query. */
@Module({
  imports: [OffersModule, ReferenceModule],
  controllers: [CandidatesController],
  providers: [CandidatesService, CandidateRanker, ProfilesSearchIndex, OrganisationNames],
  exports: [CandidateRanker],
})
export class CandidatesModule {}
