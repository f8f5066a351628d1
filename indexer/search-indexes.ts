import { Injectable } from '@nestjs/common';
import { SearchIndexName } from './outbox/search-outbox.writer';
import { IndexRebuilder } from './rebuild/index-rebuilder';
import { OffersRebuildService } from './rebuild/offers-rebuild.service';
import { ProfilesRebuildService } from './rebuild/profiles-rebuild.service';

/** Every projection kept in step with Postgres, each with its index, bulk writer and rebuild. */
@Injectable()
export class SearchIndexes {
  readonly all: readonly IndexRebuilder[];

  constructor(profiles: ProfilesRebuildService, offers: OffersRebuildService) {
    this.all = [profiles, offers] as IndexRebuilder[];
  }

  get(name: SearchIndexName): IndexRebuilder {
    const found = this.all.find((rebuilder) => rebuilder.index.definition.name === name);
    if (!found) throw new Error(`no search index named ${name}`);
    return found;
  }
}
