import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IndexSyncHooks } from '../../indexer/outbox/index-sync-hooks';
import { OFFERS_INDEX } from '../../indexer/offers/offer-document';
import { retryDelaySeconds } from '../../indexer/outbox/outbox-drainer.service';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { ForegroundWork } from '../queue/foreground-work';
import { FoundMatches, OfferMatcherService } from './offer-matcher.service';

type MatchKind = 'request' | 'offer';

interface QueueRow {
  kind: MatchKind;
  entity_id: string;
  attempts: number;
  /** The row's change count when the pass claimed it. */
  version: number;
}

type Found = { row: QueueRow; matches: FoundMatches };
type Failure = { row: QueueRow; error: unknown };

/**
 * How long a pass keeps its rows to itself. Only a pass that died (its worker stopped) lets a claim run out; a
 * live pass ends its claims itself, so this is the delay before another worker takes over its rows.
 */
const MATCH_CLAIM_SECONDS = 300;

/** Longest a queued row waits for foreground work (see runAll): past it, the matching runs beside the readers. */
export const MATCH_GIVES_WAY_SECONDS = 60;

/**
 * The matching's to-do list. The search sync adds each request and offer it has just indexed, in its own
 * transaction (so nothing is lost if the worker stops); a pass claims a batch, searches, and records the matches
 * and crosses the rows off together.
 */
@Injectable()
export class MatchQueueService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: IndexSyncHooks,
    private readonly matcher: OfferMatcherService,
    private readonly foreground: ForegroundWork,
  ) {}

  onModuleInit(): void {
    this.hooks.register(PROFILES_INDEX, (manager, ids) => this.enqueue(manager, 'request', ids));
    this.hooks.register(OFFERS_INDEX, (manager, ids) => this.enqueue(manager, 'offer', ids));
  }

  async enqueue(manager: EntityManager, kind: MatchKind, ids: string[]): Promise<void> {
    await manager.query(
      // A row already queued is due again at once (a new change deserves a fresh try), and its version tells a
      // pass that has claimed it to leave it queued. Claims hold no lock, so the search sync never waits on a pass.
      `INSERT INTO offer_match_queue (kind, entity_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (kind, entity_id)
       DO UPDATE SET next_attempt_at = clock_timestamp(), version = offer_match_queue.version + 1`,
      [kind, ids],
    );
  }

  /**
   * Matches up to `limit` due entities. The rows are claimed in a short transaction; the searching runs outside
   * any transaction, so neither the search sync nor the API's edits ever wait on a search that hangs (its pool ran
   * dry in the drill); then one transaction records the matches and crosses off the rows not changed meanwhile.
   * With Elasticsearch down the refresh throws and the rows are handed back untouched. A row that fails on its own
   * (its search or its recording, the latter rolled back to its savepoint) keeps its error and waits with
   * back-off while the others are crossed off. Claims skip locked and claimed rows, so several workers share the
   * work. Returns how many rows it took.
   */
  async runOnce(limit = 20): Promise<number> {
    const rows = await this.claim(limit);
    if (rows.length === 0) return 0;
    try {
      await this.matcher.refresh();
      const { found, failures } = await this.search(rows);
      await this.recordAll(found, failures);
    } catch (error) {
      // Elasticsearch or Postgres away for the whole pass: the rows go back as they were, due at once (with
      // Postgres away this fails too, and the claims run out instead).
      await this.release(this.dataSource.manager, rows).catch(() => undefined);
      throw error;
    }
    return rows.length;
  }

  /** Each row's matches, searched outside any transaction; a row whose search fails is set aside with its error. */
  private async search(rows: QueueRow[]): Promise<{ found: Found[]; failures: Failure[] }> {
    const found: Found[] = [];
    const failures: Failure[] = [];
    for (const row of rows) {
      try {
        const matches =
          row.kind === 'request'
            ? await this.matcher.findForRequest(this.dataSource.manager, row.entity_id)
            : await this.matcher.findForOffer(this.dataSource.manager, row.entity_id);
        found.push({ row, matches });
      } catch (error) {
        failures.push({ row, error });
      }
    }
    return { found, failures };
  }

  /** One transaction: the matches found, each row's failure, and the rows crossed off. */
  private async recordAll(found: Found[], failures: Failure[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const done: QueueRow[] = [];
      const failed = [...failures];
      for (const { row, matches } of found) {
        await manager.query('SAVEPOINT match_row');
        try {
          await this.matcher.record(manager, matches);
          await manager.query('RELEASE SAVEPOINT match_row');
          done.push(row);
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT match_row');
          failed.push({ row, error });
        }
      }
      for (const { row, error } of failed) await this.failed(manager, row, error);
      await this.crossOff(manager, done);
    });
  }

  /** Takes the due rows no one holds, oldest first, for MATCH_CLAIM_SECONDS. */
  private async claim(limit: number): Promise<QueueRow[]> {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows]: [Array<QueueRow & { queued_at: Date }>, number] = await this.dataSource.query(
      `UPDATE offer_match_queue q SET claimed_until = now() + make_interval(secs => $2)
         FROM (SELECT kind, entity_id FROM offer_match_queue
                WHERE next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
        WHERE q.kind = due.kind AND q.entity_id = due.entity_id
        RETURNING q.kind, q.entity_id, q.attempts, q.version, q.queued_at`,
      [limit, MATCH_CLAIM_SECONDS],
    );
    return rows.sort((a, b) => a.queued_at.getTime() - b.queued_at.getTime());
  }

  /** Hands rows back to the next pass, as they were. */
  private async release(manager: EntityManager, rows: QueueRow[]): Promise<void> {
    await manager.query(
      `UPDATE offer_match_queue q SET claimed_until = NULL
         FROM unnest($1::text[], $2::uuid[]) AS r(kind, entity_id)
        WHERE q.kind = r.kind AND q.entity_id = r.entity_id`,
      [rows.map((row) => row.kind), rows.map((row) => row.entity_id)],
    );
  }

  /** Done rows leave the queue, unless changed while the pass ran: those stay, handed back and due again. */
  private async crossOff(manager: EntityManager, done: QueueRow[]): Promise<void> {
    await manager.query(
      `DELETE FROM offer_match_queue q USING unnest($1::text[], $2::uuid[], $3::int[]) AS done(kind, entity_id, version)
        WHERE q.kind = done.kind AND q.entity_id = done.entity_id AND q.version = done.version`,
      [done.map((row) => row.kind), done.map((row) => row.entity_id), done.map((row) => row.version)],
    );
    await this.release(manager, done);
  }

  /**
   * A row that failed keeps its error and is due again after a back-off; if it changed while the pass ran, the
   * change's fresh try comes first (it stays due now).
   */
  private async failed(manager: EntityManager, row: QueueRow, error: unknown): Promise<void> {
    await manager.query(
      `UPDATE offer_match_queue SET attempts = attempts + 1, last_error = $3, claimed_until = NULL,
              next_attempt_at = CASE WHEN version = $5 THEN now() + make_interval(secs => $4) ELSE next_attempt_at END
        WHERE kind = $1 AND entity_id = $2`,
      [
        row.kind,
        row.entity_id,
        String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 4000),
        retryDelaySeconds(row.attempts + 1),
        row.version,
      ],
    );
  }

  /**
   * Everything queued now (a job pass), batch after batch. While foreground work waits (PDFs to read), the pass
   * stops before its next batch and leaves the rest queued for a later pass, unless a due row has waited
   * MATCH_GIVES_WAY_SECONDS: a stream of uploads delays the matching by that much at most, never for ever.
   */
  async runAll(): Promise<number> {
    let total = 0;
    for (;;) {
      if ((await this.foreground.waiting()) !== null && !(await this.overdue())) return total;
      const done = await this.runOnce();
      total += done;
      if (done === 0) return total;
    }
  }

  /** A due row, free to claim, queued longer ago than the matching gives way for. */
  private async overdue(): Promise<boolean> {
    const [row]: Array<{ overdue: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM offer_match_queue
                       WHERE next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                         AND queued_at <= now() - make_interval(secs => $1)) AS overdue`,
      [MATCH_GIVES_WAY_SECONDS],
    );
    return row.overdue;
  }
}
