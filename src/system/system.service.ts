import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobSchedules } from '../queue/job-schedule';
import { WorkerHeartbeat } from './worker-heartbeat';
import { HEARTBEAT_EVERY_MS, SYSTEM_QUEUE, SystemJob } from './system-queue';

@Injectable()
export class SystemService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemService.name);

  constructor(
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly redis: Redis,
    private readonly schedules: JobSchedules,
  ) {}

  /** The worker's heartbeat, every HEARTBEAT_EVERY_MS (what /health reads to tell a worker runs). */
  onApplicationBootstrap(): void {
    this.schedules.register(
      this.queue,
      this.logger,
      SystemJob.Heartbeat,
      { every: HEARTBEAT_EVERY_MS },
      {
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: 100,
      },
    );
  }

  async beat(): Promise<void> {
    await new WorkerHeartbeat(this.redis, this.config.queue.prefix).write();
  }
}
