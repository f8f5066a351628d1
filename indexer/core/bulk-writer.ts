import { Client, estypes } from '@elastic/elasticsearch';
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
    return outcomeOf(response, states.length, (position) => idOf(states[position]));
  }

  /**
   * Sends a body already in the bulk NDJSON format (index actions without `_index`, as `writeIndexAction` writes them)
   * to `index` as it is: the full rebuild's path, with no per-document work here.
   */
  async writeNdjson(index: string, body: Buffer, documents: number): Promise<BulkOutcome> {
    if (documents === 0) return { written: 0, failed: new Map() };
    const response = await this.client.bulk({
      index,
      operations: body as unknown as estypes.BulkRequest['operations'],
      // Only what the outcome reads: the full answer repeats index, version, shards and sequence numbers per item.
      filter_path: ['errors', 'items.*._id', 'items.*.status', 'items.*.error'],
    });
    return outcomeOf(response, documents, (position) => response.items[position].index?._id ?? `#${position}`);
  }
}

const ACTION_START = Buffer.from('{"index":{"_id":"');
const ACTION_VERSION = Buffer.from('","version":');
const ACTION_END = Buffer.from(',"version_type":"external"}}\n');

/** Bytes of the action line `writeIndexAction` writes. */
export function indexActionLength(id: Buffer, version: Buffer): number {
  return ACTION_START.length + id.length + ACTION_VERSION.length + version.length + ACTION_END.length;
}

/**
 * Writes into `target` at `offset` the action line of an externally versioned index operation, for a bulk request
 * sent to one index, from the bytes of an id (a uuid) and a version (digits) as a rebuild reads them from Postgres.
 * Returns the offset after it.
 */
export function writeIndexAction(target: Buffer, offset: number, id: Buffer, version: Buffer): number {
  let at = offset;
  for (const part of [ACTION_START, id, ACTION_VERSION, version, ACTION_END]) at += part.copy(target, at);
  return at;
}

function outcomeOf(response: estypes.BulkResponse, sent: number, idAt: (position: number) => string): BulkOutcome {
  const failed = new Map<string, string>();
  response.items.forEach((item, position) => {
    const result = item.index ?? item.delete;
    if (!result) return;
    const status = result.status;
    const harmless = status < 300 || status === 409 || (item.delete !== undefined && status === 404);
    if (!harmless) {
      failed.set(idAt(position), `${status} ${result.error?.type ?? ''}: ${result.error?.reason ?? 'refused'}`.trim());
    }
  });
  return { written: sent - failed.size, failed };
}
