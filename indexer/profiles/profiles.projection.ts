import { Injectable } from '@nestjs/common';
import { SearchProjection } from '../core/search-projection';
import { ProfileBulkWriter } from './profile-bulk.writer';
import { ProfileState } from './profile-source';
import { ProfilesIndexService } from './profiles-index.service';

/** The profiles projection, as the outbox drain and the rebuild read it from the registry. */
@Injectable()
export class ProfilesProjection extends SearchProjection<ProfileState> {
  constructor(index: ProfilesIndexService, writer: ProfileBulkWriter) {
    super(index, writer);
  }
}
