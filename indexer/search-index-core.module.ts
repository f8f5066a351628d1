import { Module } from '@nestjs/common';
import { ProfileBulkWriter } from './engine/profile-bulk.writer';
import { ProfilesIndexService } from './engine/profiles-index.service';
import { ProfilesRebuildService } from './rebuild/profiles-rebuild.service';

/** Index management, bulk writes and the rebuild, without consumers: shared by the worker and the CLI. */
@Module({
  providers: [ProfilesIndexService, ProfileBulkWriter, ProfilesRebuildService],
  exports: [ProfilesIndexService, ProfileBulkWriter, ProfilesRebuildService],
})
export class SearchIndexCoreModule {}
