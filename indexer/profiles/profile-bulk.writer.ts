import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { BulkWriter } from '../core/bulk-writer';
import { ProfileState } from './profile-source';
import { profilesIndex } from './profiles.index';

/** Bulk writes of profile documents (request id = document id). */
@Injectable()
export class ProfileBulkWriter extends BulkWriter<ProfileState> {
  constructor(client: Client) {
    super(client, profilesIndex);
  }
}
