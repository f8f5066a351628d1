import { Module } from '@nestjs/common';
import { SearchProjections } from './core/search-projection';
import { IndexSyncHooks } from './outbox/index-sync-hooks';
import { SearchRebuilds } from './rebuild/search-rebuilds';
import { projectionProviders } from './search-projections';

const providers = [...projectionProviders, SearchProjections, SearchRebuilds, IndexSyncHooks];

/** Index management, bulk writes and the rebuilds, without consumers: shared by the worker and the CLI. */
@Module({ providers, exports: providers })
export class SearchIndexCoreModule {}
