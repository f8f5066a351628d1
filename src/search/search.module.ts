import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { OrganisationNames } from './organisation-names';
import { ProfileSearchController } from './profile-search.controller';
import { ProfileSearchService } from './profile-search.service';
import { ProfilesSearchIndex } from './profiles-search-index';

/** The guided search of profiles for companies. Reads the profiles alias that the indexer keeps true to Postgres. */
@Module({
  imports: [ReferenceModule],
  controllers: [ProfileSearchController],
  providers: [ProfileSearchService, ProfilesSearchIndex, OrganisationNames],
  // What the matching of an offer's candidates reads the profiles with.
  exports: [ProfilesSearchIndex, OrganisationNames],
})
export class SearchModule {}
