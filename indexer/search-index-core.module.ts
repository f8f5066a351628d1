import { Module } from '@nestjs/common';
import { OfferBulkWriter } from './engine/offer-bulk.writer';
import { OffersIndexService } from './engine/offers-index.service';
import { ProfileBulkWriter } from './engine/profile-bulk.writer';
import { ProfilesIndexService } from './engine/profiles-index.service';
import { IndexSyncHooks } from './outbox/index-sync-hooks';
import { OffersRebuildService } from './rebuild/offers-rebuild.service';
import { ProfilesRebuildService } from './rebuild/profiles-rebuild.service';
import { SearchIndexes } from './search-indexes';

const providers = [
  ProfilesIndexService,
  ProfileBulkWriter,
  ProfilesRebuildService,
  OffersIndexService,
  OfferBulkWriter,
  OffersRebuildService,
  SearchIndexes,
  IndexSyncHooks,
];

/** Index management, bulk writes and the rebuilds, without consumers: shared by the worker and the CLI. */
@Module({ providers, exports: providers })
export class SearchIndexCoreModule {}
