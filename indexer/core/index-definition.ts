import { EntityManager } from 'typeorm';

/** The JSON of a mapping file: index settings and mappings. */
export type IndexMapping = { settings: Record<string, unknown>; mappings: Record<string, unknown> };

/** What the index must hold for one entity: its document, or `null` when it must not be in the index. */
export interface IndexState {
  version: number;
  document: object | null;
}

/**
 * Everything the generic index code (alias and versioned indices, bulk writes, outbox drain, rebuild) needs to
 * know about one projection: its name, its mapping, and how to read its documents from Postgres.
 */
export interface SearchIndexDefinition<S extends IndexState> {
  /** The index name before prefix; also the `index_name` of its outbox rows and the key of its projection. */
  name: string;
  mappingVersion: number;
  mapping: IndexMapping;
  /** pg advisory lock key of this index's rebuild (one rebuild of an index at a time across processes). */
  rebuildLock: number;
  /** The document id (the entity id) of a state. */
  idOf(state: S): string;
  /** Current state of these entities; ids with no row at all come back with a null document. */
  load(manager: EntityManager, ids: string[]): Promise<S[]>;
  /** The next page of indexable entities after `afterId`, in id order (keyset paging). */
  loadIndexablePage(manager: EntityManager, afterId: string | null, limit: number): Promise<S[]>;
  countIndexable(manager: EntityManager): Promise<number>;
  /**
   * One ordered query over every indexable entity giving `id`, `version` (both text) and `document` (the document
   * as JSON text, built by Postgres): what the full rebuild streams through a binary COPY into bulk requests.
   */
  indexableJson: string;
}
