import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../src/config/app-config';
import { REBUILD_JOBS, SEARCH_MAINTENANCE_QUEUE } from './search-maintenance-queue';

/** Registers the nightly rebuild of every index (upsert by id: one schedule however many workers start). */
@Injectable()
export class RebuildScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RebuildScheduler.name);

  constructor(
    @InjectQueue(SEARCH_MAINTENANCE_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the call waits for it, and the worker must start (and drain) regardless.
    void this.schedule();
  }

  private async schedule(): Promise<void> {
    const { cron, timezone } = this.config.searchRebuild;
    try {
      // One schedule per index; the single-concurrency consumer runs them one after the other.
      for (const job of Object.values(REBUILD_JOBS)) {
        await this.queue.upsertJobScheduler(
          job,
          { pattern: cron, tz: timezone },
          { name: job, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
        );
      }
      this.logger.log(`nightly rebuild scheduled at "${cron}" (${timezone})`);
    } catch (error) {
      this.logger.error(`could not schedule the nightly rebuild: ${(error as Error).message}`);
    }
  }
}
