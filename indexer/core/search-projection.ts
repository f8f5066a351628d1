import { Inject, Injectable } from '@nestjs/common';
import { BulkWriter } from './bulk-writer';
import { IndexState, SearchIndexDefinition } from './index-definition';
import { VersionedIndex } from './versioned-index';

/**
 * One projection of Postgres into Elasticsearch as the generic code (outbox drain, rebuild) sees it: its definition,
 * its alias with the versioned indices behind it, and its bulk writer. Each projection folder (profiles, offers)
 * provides one; the indexer's wiring lists them under SEARCH_PROJECTIONS.
 */
export class SearchProjection<S extends IndexState = IndexState> {
  constructor(
    readonly index: VersionedIndex<S>,
    readonly writer: BulkWriter<S>,
  ) {}

  get definition(): SearchIndexDefinition<S> {
    return this.index.definition;
  }

  get name(): string {
    return this.definition.name;
  }
}

/** The Nest token of the list of every projection (`SearchProjection[]`), in the order they are drained and rebuilt. */
export const SEARCH_PROJECTIONS = Symbol('SEARCH_PROJECTIONS');

/** The registry of projections: what the drain and the rebuild iterate, never naming one. */
@Injectable()
export class SearchProjections {
  constructor(@Inject(SEARCH_PROJECTIONS) readonly all: readonly SearchProjection[]) {}

  get names(): string[] {
    return this.all.map((projection) => projection.name);
  }

  get(name: string): SearchProjection {
    const found = this.all.find((projection) => projection.name === name);
    if (!found) throw new Error(`no search projection named ${name}`);
    return found;
  }
}
