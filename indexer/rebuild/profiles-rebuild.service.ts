import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { ProfileBulkWriter } from '../engine/profile-bulk.writer';
import { ProfilesIndexService } from '../engine/profiles-index.service';
import { profilesIndex } from '../profiles/profiles.index';
import { ProfileState } from '../profiles/profile-source';
import { IndexRebuilder } from './index-rebuilder';

export type { RebuildProgress, RebuildReport } from './index-rebuilder';

/** pg_try_advisory_lock key held while the profiles index is rebuilt. */
export const REBUILD_LOCK = profilesIndex.rebuildLock;

/** The full rebuild of the profiles index (see IndexRebuilder). */
@Injectable()
export class ProfilesRebuildService extends IndexRebuilder<ProfileState> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    index: ProfilesIndexService,
    writer: ProfileBulkWriter,
    config: AppConfig,
  ) {
    super(dataSource, index, writer, config.searchRebuild.bulkBytes);
  }
}
