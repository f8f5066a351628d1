import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IndexSyncHooks } from '../../indexer/outbox/index-sync-hooks';
import { OfferMatcherService } from './offer-matcher.service';

type MatchKind = 'request' | 'offer';

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
    this.hooks.register('profiles', (manager, ids) => this.enqueue(manager, 'request', ids));
    this.hooks.register('offers', (manager, ids) => this.enqueue(manager, 'offer', ids));
  }

  async enqueue(manager: EntityManager, kind: MatchKind, ids: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO offer_match_queue (kind, entity_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [kind, ids],
    );
  }

  /**
   * Matches up to `limit` queued entities in one transaction; with Elasticsearch down it throws and they stay
   * queued. Rows are claimed with SKIP LOCKED, so several workers share the work. Returns how many it took.
   */
  async runOnce(limit = 20): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ kind: MatchKind; entity_id: string }> = await manager.query(
        `SELECT kind, entity_id FROM offer_match_queue ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      await this.matcher.refresh();
      for (const row of rows) {
        if (row.kind === 'request') await this.matcher.matchRequest(manager, row.entity_id);
        else await this.matcher.matchOffer(manager, row.entity_id);
      }
      await manager.query(
        `DELETE FROM offer_match_queue q USING unnest($1::text[], $2::uuid[]) AS done(kind, entity_id)
          WHERE q.kind = done.kind AND q.entity_id = done.entity_id`,
        [rows.map((row) => row.kind), rows.map((row) => row.entity_id)],
      );
      return rows.length;
    });
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
