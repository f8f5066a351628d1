import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { IndexLayout } from '../../src/elasticsearch/index-layout';
import { IndexNames } from '../../src/elasticsearch/index-names';
import { VersionedIndex } from '../core/versioned-index';
import { ProfileState } from './profile-source';
import { profilesIndex } from './profiles.index';

/** The profiles alias and its versioned indices. */
@Injectable()
export class ProfilesIndexService extends VersionedIndex<ProfileState> {
  constructor(client: Client, names: IndexNames, layout: IndexLayout) {
    super(client, names, profilesIndex, layout);
  }
}
