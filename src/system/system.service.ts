import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { WorkerHeartbeat } from './worker-heartbeat';
import { HEARTBEAT_EVERY_MS, SYSTEM_QUEUE, SystemJob } from './system-queue';

@Injectable()
export class SystemService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemService.name);

  constructor(
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly redis: Redis,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the call waits for it, and the worker must start regardless.
    this.schedule().catch((error: Error) => this.logger.error(`could not schedule the heartbeat: ${error.message}`));
  }

  /** Registers the worker's repeatable jobs. Upserting by id keeps one schedule however many workers start. */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SystemJob.Heartbeat,
      { every: HEARTBEAT_EVERY_MS },
      { name: SystemJob.Heartbeat, opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } },
    );
    this.logger.log(`scheduled ${SystemJob.Heartbeat} every ${HEARTBEAT_EVERY_MS} ms`);
  }

  async beat(): Promise<void> {
    await new WorkerHeartbeat(this.redis, this.config.queue.prefix).write();
  }
}
