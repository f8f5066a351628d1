import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../src/config/app-config';
import { JobSchedules } from '../../src/queue/job-schedule';
import { SearchProjections } from '../core/search-projection';
import { rebuildJobOf, SEARCH_MAINTENANCE_QUEUE } from './search-maintenance-queue';

/** Registers the nightly rebuild of every index (upsert by id: one schedule however many workers start). */
@Injectable()
export class RebuildScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RebuildScheduler.name);

  constructor(
    @InjectQueue(SEARCH_MAINTENANCE_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
    private readonly projections: SearchProjections,
  ) {}

  onApplicationBootstrap(): void {
    const { cron, timezone } = this.config.searchRebuild;
    // One schedule per index; the single-concurrency consumer runs them one after the other.
    for (const job of this.projections.names.map(rebuildJobOf)) {
      this.schedules.register(
        this.queue,
        this.logger,
        job,
        { pattern: cron, tz: timezone },
        {
          attempts: 3,
          backoff: { type: 'exponential', delay: 60_000 },
        },
      );
    }
  }
}
