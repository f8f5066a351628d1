import profilesMapping from '../../mappings/profiles.v2.json';
import { IndexMapping, SearchIndexDefinition } from '../core/index-definition';
import { PROFILES_INDEX, PROFILES_MAPPING_VERSION } from './profile-document';
import {
  countIndexable,
  INDEXABLE_PROFILES_JSON,
  loadIndexablePage,
  loadProfiles,
  ProfileState,
} from './profile-source';

/** The profiles projection: published requests their students show to companies. */
export const profilesIndex: SearchIndexDefinition<ProfileState> = {
  name: PROFILES_INDEX,
  mappingVersion: PROFILES_MAPPING_VERSION,
  mapping: profilesMapping as unknown as IndexMapping,
  rebuildLock: 0x5e45e401,
  idOf: (state) => state.requestId,
  load: loadProfiles,
  loadIndexablePage,
  indexableJson: INDEXABLE_PROFILES_JSON,
  countIndexable,
};
