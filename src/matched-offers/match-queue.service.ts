import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IndexSyncHooks } from '../../indexer/outbox/index-sync-hooks';
import { OFFERS_INDEX } from '../../indexer/offers/offer-document';
import { retryDelaySeconds } from '../../indexer/outbox/outbox-drainer.service';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { FoundMatches, OfferMatcherService } from './offer-matcher.service';

type MatchKind = 'request' | 'offer';

interface QueueRow {
  kind: MatchKind;
  entity_id: string;
  attempts: number;
}

/**
 * The matching's to-do list. The search sync adds each request and offer it has just indexed, in its own
 * transaction (so nothing is lost if the worker stops); a pass matches them and crosses them off together.
 */
@Injectable()
export class MatchQueueService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: IndexSyncHooks,
    private readonly matcher: OfferMatcherService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(PROFILES_INDEX, (manager, ids) => this.enqueue(manager, 'request', ids));
    this.hooks.register(OFFERS_INDEX, (manager, ids) => this.enqueue(manager, 'offer', ids));
  }

  async enqueue(manager: EntityManager, kind: MatchKind, ids: string[]): Promise<void> {
    await manager.query(
      // A row already queued is due again at once (a new change deserves a fresh try); updating it also waits
      // for a pass holding it, so a change made while that pass runs is queued again rather than crossed off.
      `INSERT INTO offer_match_queue (kind, entity_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (kind, entity_id) DO UPDATE SET next_attempt_at = clock_timestamp()`,
      [kind, ids],
    );
  }

  /**
   * Matches up to `limit` due entities in one transaction; with Elasticsearch down the refresh throws and they
   * stay queued untouched. All the searching comes first, and only then the recording: a new match's foreign keys
   * lock its request, offer and student, and the API's edits of those rows would wait on a search that hangs
   * (its pool ran dry in the drill). A row that fails on its own (its search or its recording, the latter rolled
   * back to its savepoint) keeps its error and waits with back-off while the others are crossed off. Rows are
   * claimed with SKIP LOCKED, so several workers share the work. Returns how many it took.
   */
  async runOnce(limit = 20): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: QueueRow[] = await manager.query(
        `SELECT kind, entity_id, attempts FROM offer_match_queue WHERE next_attempt_at <= now()
          ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      await this.matcher.refresh();
      const found: Array<{ row: QueueRow; matches: FoundMatches }> = [];
      for (const row of rows) {
        // Its reads too may fail (and abort the transaction): a savepoint, which holds no lock, keeps them apart.
        await manager.query('SAVEPOINT match_row');
        try {
          const matches =
            row.kind === 'request'
              ? await this.matcher.findForRequest(manager, row.entity_id)
              : await this.matcher.findForOffer(manager, row.entity_id);
          await manager.query('RELEASE SAVEPOINT match_row');
          found.push({ row, matches });
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT match_row');
          await this.failed(manager, row, error);
        }
      }
      const done: QueueRow[] = [];
      for (const { row, matches } of found) {
        await manager.query('SAVEPOINT match_row');
        try {
          await this.matcher.record(manager, matches);
          await manager.query('RELEASE SAVEPOINT match_row');
          done.push(row);
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT match_row');
          await this.failed(manager, row, error);
        }
      }
      await manager.query(
        `DELETE FROM offer_match_queue q USING unnest($1::text[], $2::uuid[]) AS done(kind, entity_id)
          WHERE q.kind = done.kind AND q.entity_id = done.entity_id`,
        [done.map((row) => row.kind), done.map((row) => row.entity_id)],
      );
      return rows.length;
    });
  }

  /** A row that failed keeps its error and is due again after a back-off. */
  private async failed(manager: EntityManager, row: QueueRow, error: unknown): Promise<void> {
    await manager.query(
      `UPDATE offer_match_queue SET attempts = attempts + 1, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4) WHERE kind = $1 AND entity_id = $2`,
      [
        row.kind,
        row.entity_id,
        String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 4000),
        retryDelaySeconds(row.attempts + 1),
      ],
    );
  }

  /** Everything queued now (a job pass). */
  async runAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.runOnce();
      total += done;
      if (done === 0) return total;
    }
  }
}
