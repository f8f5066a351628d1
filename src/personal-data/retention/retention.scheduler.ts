import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JobSchedules } from '../../queue/job-schedule';
import { RETENTION_QUEUE, RetentionJob } from './retention-queue';

/** Registers the daily retention sweep (RETENTION_CRON in RETENTION_TIMEZONE). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionScheduler.name);

  constructor(
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    const { cron, timezone } = this.config.retention;
    this.schedules.register(
      this.queue,
      this.logger,
      RetentionJob.Sweep,
      { pattern: cron, tz: timezone },
      { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
    );
  }
}
