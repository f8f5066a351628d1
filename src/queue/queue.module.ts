import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { ForegroundWork } from './foreground-work';
import { JobSchedules } from './job-schedule';
import { QueueErrorListeners } from './queue-error-listeners';
import { redisOptionsFromUrl } from './redis-connection';

/**
 * BullMQ's shared Redis connection and key prefix (feature modules register their own queues), one plain ioredis
 * client for small keys such as the worker heartbeat, and what tells background passes to give way.
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.queue.prefix,
        // Workers block on Redis: ioredis must retry forever rather than fail commands while Redis is away.
        connection: { ...redisOptionsFromUrl(config.redis.url), maxRetriesPerRequest: null },
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      }),
    }),
  ],
  providers: [
    ForegroundWork,
    JobSchedules,
    QueueErrorListeners,
    {
      provide: Redis,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        withStateLogging(new Redis({ ...redisOptionsFromUrl(config.redis.url), maxRetriesPerRequest: 3 })),
    },
  ],
  exports: [Redis, JobSchedules, ForegroundWork],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** One line when Redis goes away and one when it is back, instead of an unhandled error event per retry. */
function withStateLogging(redis: Redis): Redis {
  const logger = new Logger('Redis');
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unreachable (${error.message}); retrying, work that needs it waits`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log('Redis reachable again');
  });
  return redis;
}
