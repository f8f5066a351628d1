import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../src/config/app-config';
import { SEARCH_MAINTENANCE_QUEUE, SearchMaintenanceJob } from './search-maintenance-queue';

/** Registers the nightly rebuild (upsert by id: one schedule however many workers start). */
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
      await this.queue.upsertJobScheduler(
        SearchMaintenanceJob.RebuildProfiles,
        { pattern: cron, tz: timezone },
        { name: SearchMaintenanceJob.RebuildProfiles, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
      );
      this.logger.log(`nightly rebuild scheduled at "${cron}" (${timezone})`);
    } catch (error) {
      this.logger.error(`could not schedule the nightly rebuild: ${(error as Error).message}`);
    }
  }
}
