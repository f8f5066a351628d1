import { Client } from '@elastic/elasticsearch';
import { IndexState, SearchIndexDefinition } from './index-definition';

export interface BulkOutcome {
  written: number;
  /** Entity id → the engine's reason, for the items it refused. */
  failed: Map<string, string>;
}

/**
 * Writes states to one concrete index with external versions from Postgres, so replays and out-of-order
 * batches are harmless: an older version is refused (409) and that counts as done.
 */
export class BulkWriter<S extends IndexState = IndexState> {
  constructor(
    private readonly client: Client,
    readonly definition: SearchIndexDefinition<S>,
  ) {}

  async write(index: string, states: S[], options: { refresh?: boolean } = {}): Promise<BulkOutcome> {
    if (states.length === 0) return { written: 0, failed: new Map() };
    const idOf = (state: S) => this.definition.idOf(state);
    const operations: unknown[] = [];
    for (const state of states) {
      // A row that no longer exists has no version to compare: delete unconditionally.
      const versioning = state.version > 0 ? { version: state.version, version_type: 'external' as const } : {};
      if (state.document) {
        operations.push({ index: { _index: index, _id: idOf(state), ...versioning } }, state.document);
      } else {
        operations.push({ delete: { _index: index, _id: idOf(state), ...versioning } });
      }
    }
    const response = await this.client.bulk({ operations, refresh: options.refresh ? 'wait_for' : false });
    const failed = new Map<string, string>();
    response.items.forEach((item, position) => {
      const result = item.index ?? item.delete;
      if (!result) return;
      const status = result.status;
      const harmless = status < 300 || status === 409 || (item.delete !== undefined && status === 404);
      if (!harmless) {
        failed.set(idOf(states[position]), `${status} ${result.error?.type ?? ''}: ${result.error?.reason ?? 'refused'}`.trim());
      }
    });
    return { written: states.length - failed.size, failed };
  }
}
