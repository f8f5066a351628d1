import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { redisReadyWithin } from '../queue/redis-ready';
import { MAIL_JOB_OPTIONS, MAIL_QUEUE, MAIL_RELAY, MailJob, MailJobData } from './mail-queue';

export interface RelayPass {
  /** False when the pass did nothing because Redis is unreachable. */
  redisReady: boolean;
  /** Queued rows that waited too long, or whose job a restarted Redis lost, and went back to pending. */
  requeued: number;
  /** Pending rows now on the queue. */
  queued: number;
}

/** Moves outbox rows from Postgres to the `mail` queue. Safe to run in several workers at once. */
@Injectable()
export class MailRelayService {
  /** The Redis server this process last saw (`run_id`): a new one may have started empty and lost the jobs. */
  private redisRunId: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue<MailJobData>,
    private readonly redis: Redis,
  ) {}

  async relay(): Promise<RelayPass> {
    // Without Redis nothing can be queued: leave the rows pending instead of piling up adds that wait for it.
    // A connection still being made (the worker's first pass) gets a second before Redis is called away.
    if (!(await redisReadyWithin(this.redis, 1000))) return { redisReady: false, requeued: 0, queued: 0 };
    const requeued = (await this.requeueLost()) + (await this.requeueStale());
    let queued = 0;
    for (;;) {
      const moved = await this.queueBatch();
      queued += moved;
      if (moved < MAIL_RELAY.batchSize || queued >= MAIL_RELAY.maxPerPass) break;
    }
    return { redisReady: true, requeued, queued };
  }

  /**
   * Claims the oldest pending rows (rows another worker holds are skipped), adds one job per row with the
   * row id as job id, then marks them queued, all in one transaction: if Redis refuses or is too slow the
   * claim rolls back and the rows stay pending for the next pass. A job that Redis took in the meantime is
   * harmless: the job id dedupes the next add and the sender skips rows already sent.
   */
  private async queueBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT id FROM mail_outbox WHERE status = 'pending'
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [MAIL_RELAY.batchSize],
      );
      if (rows.length === 0) return 0;
      const jobs = rows.map(({ id }) => ({
        name: MailJob.Send,
        data: { outboxId: id },
        opts: { ...MAIL_JOB_OPTIONS, jobId: id },
      }));
      await withTimeout(this.queue.addBulk(jobs), MAIL_RELAY.addTimeoutMs, 'adding mail jobs to Redis');
      await manager.query(
        `UPDATE mail_outbox SET status = 'queued', queued_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
        [rows.map(({ id }) => id)],
      );
      return rows.length;
    });
  }

  /**
   * Rows queued long ago but never sent lost their job (Redis lost its data, or was flushed), or their job ended
   * without recording it (its last attempt failed on the database): relay them again. The old job is removed
   * first: kept as failed for a week, its id would otherwise dedupe the new add and the mail would wait that week.
   */
  /**
   * At this process's start and whenever Redis is a new server (restarted, perhaps empty, while we were away): a row
   * marked queued whose job Redis no longer holds goes back to pending now, not after the stale delay.
   */
  private async requeueLost(): Promise<number> {
    const info = await this.redis.info('server');
    const runId = /run_id:(\w+)/.exec(info)?.[1] ?? null;
    if (runId !== null && runId === this.redisRunId) return 0;
    let requeued = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM mail_outbox WHERE status = 'queued' AND id > $1 ORDER BY id LIMIT 500`,
        [after],
      );
      if (rows.length === 0) break;
      const jobs = await Promise.all(rows.map(({ id }) => this.queue.getJob(id)));
      const lost = rows.filter((_, i) => !jobs[i]).map(({ id }) => id);
      if (lost.length > 0) {
        const updated: unknown[] = await this.dataSource.query(
          `UPDATE mail_outbox SET status = 'pending', queued_at = NULL WHERE id = ANY($1) AND status = 'queued' RETURNING id`,
          [lost],
        );
        requeued += updated.length;
      }
      after = rows[rows.length - 1].id;
    }
    this.redisRunId = runId;
    return requeued;
  }

  private async requeueStale(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH stale AS (
         UPDATE mail_outbox SET status = 'pending', queued_at = NULL
          WHERE id IN (SELECT id FROM mail_outbox
                        WHERE status = 'queued' AND queued_at < now() - make_interval(secs => $1)
                        FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id FROM stale`,
      [MAIL_RELAY.staleAfterSeconds],
    );
    if (rows.length > 0) {
      // A job still running holds its lock and is left alone (remove answers 0); it ends and the row follows it.
      await withTimeout(
        Promise.all(rows.map(({ id }) => this.queue.remove(id))),
        MAIL_RELAY.addTimeoutMs,
        'removing old mail jobs',
      );
    }
    return rows.length;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
