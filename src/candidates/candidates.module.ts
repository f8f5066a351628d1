import { Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { ReferenceModule } from '../reference/reference.module';
import { SearchModule } from '../search/search.module';
import { CandidateRanker } from './candidate-ranker';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

/** Offer → candidates: the profiles alias read with an offer's wanted profile as the query, scored by the matching. */
@Module({
  imports: [OffersModule, ReferenceModule, SearchModule],
  controllers: [CandidatesController],
  providers: [CandidatesService, CandidateRanker],
  exports: [CandidateRanker],
})
export class CandidatesModule {}
