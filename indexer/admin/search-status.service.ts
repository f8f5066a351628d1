import { InjectQueue } from '@nestjs/bullmq';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DomainException } from '../../src/common/errors/domain.exception';
import { ProfilesIndexService } from '../engine/profiles-index.service';
import { REBUILD_LOCK } from '../rebuild/profiles-rebuild.service';
import { SEARCH_MAINTENANCE_QUEUE, SearchMaintenanceJob } from '../rebuild/search-maintenance-queue';
import { RebuildStartedDto, SearchStatusDto } from './search-status.dto';

class RebuildRunningException extends DomainException<'rebuild_running'> {
  constructor() {
    super('rebuild_running', HttpStatus.CONFLICT, 'A rebuild of the search index is already running');
  }
}

/** What an administrator needs to trust the search: the outbox backlog and its errors, the index, the rebuild. */
@Injectable()
export class SearchStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesIndexService,
    @InjectQueue(SEARCH_MAINTENANCE_QUEUE) private readonly queue: Queue,
  ) {}

  async status(): Promise<SearchStatusDto> {
    const [[backlog], errors] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing, min(created_at) AS oldest
           FROM search_outbox WHERE processed_at IS NULL`,
      ),
      this.dataSource.query(
        `SELECT entity_id AS "entityId", attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt"
           FROM search_outbox WHERE processed_at IS NULL AND attempts > 0 ORDER BY next_attempt_at DESC LIMIT 10`,
      ),
    ]);
    return {
      outbox: { pending: backlog.pending, failing: backlog.failing, oldestPendingAt: backlog.oldest, recentErrors: errors },
      profiles: await this.indexState(),
      rebuild: await this.rebuildState(),
    };
  }

  async startRebuild(): Promise<RebuildStartedDto> {
    if (await this.rebuildRunning()) throw new RebuildRunningException();
    const job = await this.queue.add(SearchMaintenanceJob.RebuildProfiles, {}, { jobId: `manual-${Date.now()}`, attempts: 1 });
    return { jobId: job.id! };
  }

  private async indexState(): Promise<SearchStatusDto['profiles']> {
    const alias = this.profiles.alias;
    try {
      const index = await this.profiles.current();
      return { alias, index, documents: index ? await this.profiles.count(index) : null };
    } catch (error) {
      return { alias, index: null, documents: null, error: (error as Error).message };
    }
  }

  private async rebuildState(): Promise<SearchStatusDto['rebuild']> {
    const running = await this.rebuildRunning();
    const [active] = await this.queue.getJobs(['active'], 0, 0);
    const [finished] = (await Promise.all([this.queue.getJobs(['completed'], 0, 0), this.queue.getJobs(['failed'], 0, 0)]))
      .flat()
      .sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0));
    return {
      running,
      ...(active ? { progress: active.progress as { loaded: number; total: number } } : {}),
      ...(finished ? { last: describeFinished(finished) } : {}),
    };
  }

  /** The rebuild's advisory lock is held: by a job or by the command-line rebuild. */
  private async rebuildRunning(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((classid::bigint << 32) | objid::bigint) = $1`,
      [REBUILD_LOCK],
    );
    return row.n > 0;
  }
}

function describeFinished(job: Job): NonNullable<SearchStatusDto['rebuild']['last']> {
  const finishedAt = new Date(job.finishedOn ?? job.timestamp);
  return job.failedReason
    ? { finishedAt, state: 'failed', error: job.failedReason }
    : { finishedAt, state: 'completed', result: job.returnvalue };
}
