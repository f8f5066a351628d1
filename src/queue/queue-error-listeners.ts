import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/**
 * BullMQ queues re-emit their connection's errors; an EventEmitter with no 'error' listener throws them, so a Redis
 * that is down could crash the process from a queue nobody listens to. Every queue of the application gets a
 * listener that notes the first error until the queue works again (QueueModule's client logs Redis's state).
 */
@Injectable()
export class QueueErrorListeners implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const queue: unknown = wrapper.instance;
      if (!(queue instanceof Queue) || queue.listenerCount('error') > 0) continue;
      let reported = false;
      queue.on('error', (error: Error) => {
        if (!reported) this.logger.debug(`queue ${queue.name}: ${error.message}`);
        reported = true;
      });
    }
  }
}
