import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { profilesIndex } from './profiles.index';
import { ProfileState } from './profile-source';
import { BulkWriter } from '../core/bulk-writer';

export type { BulkOutcome } from '../core/bulk-writer';

/** Bulk writes of profile documents (request id = document id). */
@Injectable()
export class ProfileBulkWriter extends BulkWriter<ProfileState> {
  constructor(client: Client) {
    super(client, profilesIndex);
  }
}
