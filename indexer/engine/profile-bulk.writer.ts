import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { profilesIndex } from '../profiles/profiles.index';
import { ProfileState } from '../profiles/profile-source';
import { BulkWriter } from './bulk-writer';

export type { BulkOutcome } from './bulk-writer';

/** Bulk writes of profile documents (request id = document id). */
@Injectable()
export class ProfileBulkWriter extends BulkWriter<ProfileState> {
  constructor(client: Client) {
    super(client, profilesIndex);
  }
}
