import { InjectQueue } from '@nestjs/bullmq';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DomainException } from '../../src/common/errors/domain.exception';
import { redisWithin } from '../../src/queue/redis-timeout';
import { VersionedIndex } from '../core/versioned-index';
import { OffersIndexService } from '../offers/offers-index.service';
import { ProfilesIndexService } from '../profiles/profiles-index.service';
import { rebuildJobOf, SEARCH_MAINTENANCE_QUEUE } from '../rebuild/search-maintenance-queue';
import { RebuildStartedDto, SearchStatusDto } from './search-status.dto';

type IndexState = SearchStatusDto['profiles'];
type RebuildState = SearchStatusDto['rebuild'];

class RebuildRunningException extends DomainException<'rebuild_running'> {
  constructor() {
    super('rebuild_running', HttpStatus.CONFLICT, 'A rebuild of the search index is already running');
  }
}

/** What an administrator needs to trust the search: the outbox backlog and its errors, the indices, the rebuilds. */
@Injectable()
export class SearchStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesIndexService,
    private readonly offers: OffersIndexService,
    @InjectQueue(SEARCH_MAINTENANCE_QUEUE) private readonly queue: Queue,
  ) {}

  async status(): Promise<SearchStatusDto> {
    const [[backlog], errors, profiles, offers] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing, min(created_at) AS oldest
           FROM search_outbox WHERE processed_at IS NULL`,
      ),
      this.dataSource.query(
        `SELECT entity_id AS "entityId", attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt"
           FROM search_outbox WHERE processed_at IS NULL AND attempts > 0 ORDER BY next_attempt_at DESC LIMIT 10`,
      ),
      this.indexState(this.profiles),
      this.indexState(this.offers),
    ]);
    return {
      outbox: {
        pending: backlog.pending,
        failing: backlog.failing,
        oldestPendingAt: backlog.oldest,
        recentErrors: errors,
      },
      profiles,
      offers,
      rebuild: profiles.rebuild,
    };
  }

  /** Queues the rebuild of every index (the worker runs them one after the other). */
  async startRebuild(): Promise<RebuildStartedDto> {
    const running = await Promise.all([this.profiles, this.offers].map((index) => this.rebuildRunning(index)));
    if (running.some(Boolean)) throw new RebuildRunningException();
    const stamp = Date.now();
    const add = (index: VersionedIndex) => {
      const name = rebuildJobOf(index.definition.name);
      return this.queue.add(name, {}, { jobId: `manual-${stamp}-${index.definition.name}`, attempts: 1 });
    };
    // Redis down: answer 503 at once rather than hold the request for the whole outage.
    const profiles = await redisWithin(add(this.profiles), 'queueing the rebuild');
    const offers = await redisWithin(add(this.offers), 'queueing the rebuild');
    return { jobId: profiles.id!, jobIds: { profiles: profiles.id!, offers: offers.id! } };
  }

  private async indexState(index: VersionedIndex): Promise<IndexState> {
    const alias = index.alias;
    const rebuild = await this.rebuildState(index);
    try {
      const current = await index.current();
      return { alias, index: current, documents: current ? await index.count(current) : null, rebuild };
    } catch (error) {
      return { alias, index: null, documents: null, error: (error as Error).message, rebuild };
    }
  }

  private async rebuildState(index: VersionedIndex): Promise<RebuildState> {
    const name = rebuildJobOf(index.definition.name);
    const ofIndex = (jobs: Job[]) => jobs.filter((job) => job.name === name);
    const running = await this.rebuildRunning(index);
    let jobs: [Job[], Job[], Job[]];
    try {
      // The status stays readable with Redis down: the jobs' part is then replaced by the reason.
      jobs = await redisWithin(
        Promise.all([
          this.queue.getJobs(['active']),
          this.queue.getJobs(['completed'], 0, 9),
          this.queue.getJobs(['failed'], 0, 9),
        ]),
        'reading the rebuild jobs',
      );
    } catch (error) {
      return { running, error: (error as Error).message };
    }
    const [active] = ofIndex(jobs[0]);
    // The newest few finished jobs of the queue hold the last one of each index (they run in pairs).
    const [finished] = ofIndex([...jobs[1], ...jobs[2]]).sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0));
    return {
      running,
      ...(active ? { progress: active.progress as { loaded: number; total: number } } : {}),
      ...(finished ? { last: describeFinished(finished) } : {}),
    };
  }

  /** The index's rebuild advisory lock is held: by a job or by the command-line rebuild. */
  private async rebuildRunning(index: VersionedIndex): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((classid::bigint << 32) | objid::bigint) = $1`,
      [index.definition.rebuildLock],
    );
    return row.n > 0;
  }
}

function describeFinished(job: Job): NonNullable<RebuildState['last']> {
  const finishedAt = new Date(job.finishedOn ?? job.timestamp);
  return job.failedReason
    ? { finishedAt, state: 'failed', error: job.failedReason }
    : { finishedAt, state: 'completed', result: job.returnvalue };
}
