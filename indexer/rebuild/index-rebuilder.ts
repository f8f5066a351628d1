import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BulkOutcome, BulkWriter } from '../core/bulk-writer';
import { BulkLoadStats, ByteBulkLoader } from '../core/byte-bulk-loader';
import { IndexState } from '../core/index-definition';
import { VersionedIndex } from '../core/versioned-index';
import { readIndexable } from './indexable-copy';
import { RebuildAlreadyRunningError, RebuildFailedError } from './rebuild.errors';

export interface RebuildProgress {
  loaded: number;
  total: number;
}

export interface RebuildReport {
  index: string;
  previous: string | null;
  documents: number;
  replayed: number;
  deleted: string[];
  durationMs: number;
  /** The load's bulk requests, cut by bytes (SEARCH_REBUILD_BULK_BYTES). */
  bulk: BulkLoadStats;
}

/** Entities re-read per bulk request when replaying changes (few, but each may carry 400k characters of text). */
const REPLAY_PAGE = 100;

/**
 * Full rebuild of one index with no downtime: load every document from Postgres into a new versioned index,
 * apply what changed meanwhile, check the count, swap the alias atomically, keep the previous index for
 * rollback and delete older ones. Searches read the old index until the swap.
 */
export class IndexRebuilder<S extends IndexState = IndexState> {
  private readonly logger = new Logger(IndexRebuilder.name);

  constructor(
    private readonly dataSource: DataSource,
    readonly index: VersionedIndex<S>,
    readonly writer: BulkWriter<S>,
    /** Bytes of one bulk request of the load (SEARCH_REBUILD_BULK_BYTES). */
    private readonly bulkBytes: number,
  ) {}

  private get definition() {
    return this.index.definition;
  }

  /** The advisory lock key that is held while this index is rebuilt. */
  get lockKey(): number {
    return this.definition.rebuildLock;
  }

  async rebuild(onProgress: (progress: RebuildProgress) => void = () => undefined): Promise<RebuildReport> {
    const started = Date.now();
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [this.lockKey]);
      if (!locked) throw new RebuildAlreadyRunningError();
      try {
        return await this.run(started, onProgress);
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [this.lockKey]);
      }
    } finally {
      await lock.release();
    }
  }

  private async run(started: number, onProgress: (progress: RebuildProgress) => void): Promise<RebuildReport> {
    const manager = this.dataSource.manager;
    const startMark = await outboxMark(manager);
    const previous = await this.index.current();
    const target = await this.index.create({ bulkLoad: true });
    this.logger.log(`rebuilding ${this.index.alias} into ${target} (previous: ${previous ?? 'none'})`);
    try {
      const total = await this.definition.countIndexable(manager);
      onProgress({ loaded: 0, total });
      const bulk = await this.load(target, (loaded) => onProgress({ loaded, total: Math.max(total, loaded) }));
      await this.index.finishLoad(target);

      let replayed = await this.replaySince(target, startMark);
      await this.verifyCount(target, startMark);
      // Changes drained into the previous index until the swap are applied to the new one right after it.
      const swapMark = await outboxMark(manager);
      await this.index.swap(target, previous);
      replayed += await this.replaySince(target, swapMark);
      const deleted = await this.index.deleteAllBut([target, ...(previous ? [previous] : [])]);
      const documents = await this.index.count(target);
      this.logger.log(`alias ${this.index.alias} now on ${target}: ${documents} documents, ${replayed} replayed`);
      return { index: target, previous, documents, replayed, deleted, durationMs: Date.now() - started, bulk };
    } catch (error) {
      // Only a target the alias never reached is removed; a failed swap leaves the alias where it was.
      if ((await this.index.current().catch(() => null)) !== target)
        await this.index.remove(target).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Streams every indexable document from one COPY of the ordered query, already serialised by Postgres and kept as
   * bytes, into bulk requests cut by bytes, one in flight while the next fills: memory stays within two requests
   * whatever the CV sizes.
   */
  private async load(target: string, onLoaded: (loaded: number) => void): Promise<BulkLoadStats> {
    let loaded = 0;
    const loader = new ByteBulkLoader(
      this.bulkBytes,
      async (body, documents) => this.checked(await this.writer.writeNdjson(target, body, documents)),
      (documents) => onLoaded((loaded += documents)),
    );
    try {
      for await (const rows of readIndexable(this.dataSource, this.definition.indexableJson)) {
        for (const [id, version, document] of rows) await loader.add(id, version, document);
      }
      await loader.finish();
    } catch (error) {
      await loader.settle().catch(() => undefined);
      throw error;
    }
    return loader.stats;
  }

  /** Re-reads every entity with an outbox row written since `mark` and writes its current state. */
  private async replaySince(target: string, mark: string): Promise<number> {
    const rows: Array<{ entity_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT entity_id FROM search_outbox WHERE index_name = $1 AND created_at >= $2::timestamptz`,
      [this.definition.name, mark],
    );
    const ids = rows.map((row) => row.entity_id);
    for (let i = 0; i < ids.length; i += REPLAY_PAGE) {
      await this.writeAll(target, await this.definition.load(this.dataSource.manager, ids.slice(i, i + REPLAY_PAGE)));
    }
    return ids.length;
  }

  /** The new index must hold exactly what Postgres says is indexable; concurrent edits get a few chances. */
  private async verifyCount(target: string, startMark: string): Promise<void> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      await this.index.refresh(target);
      const [expected, actual] = await Promise.all([
        this.definition.countIndexable(this.dataSource.manager),
        this.index.count(target),
      ]);
      if (expected === actual) return;
      if (attempt === 3)
        throw new RebuildFailedError(`count check failed: Postgres has ${expected}, ${target} has ${actual}`);
      await this.replaySince(target, startMark);
    }
  }

  private async writeAll(target: string, states: S[]): Promise<void> {
    this.checked(await this.writer.write(target, states));
  }

  private checked(outcome: BulkOutcome): void {
    if (outcome.failed.size > 0) {
      const [id, reason] = outcome.failed.entries().next().value as [string, string];
      throw new RebuildFailedError(`${outcome.failed.size} document(s) refused, e.g. ${id}: ${reason}`);
    }
  }
}

/**
 * The point from which changes are replayed. A time with a margin rather than the highest outbox id: ids are
 * handed out at insert but become visible at commit, so a slow transaction could hide below an id mark.
 */
async function outboxMark(manager: EntityManager): Promise<string> {
  const [row] = await manager.query(`SELECT (now() - interval '5 minutes')::text AS mark`);
  return row.mark;
}
