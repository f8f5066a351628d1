import { Logger } from '@nestjs/common';
import { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';

/**
 * Registers a repeatable job by name (an upsert: one schedule however many workers start). Not awaited: with Redis
 * down the call waits for it, and the process must start regardless; BullMQ registers it once Redis is back.
 */
export function scheduleJob(
  queue: Queue,
  logger: Logger,
  name: string,
  repeat: Omit<RepeatOptions, 'key'>,
  opts: JobSchedulerTemplateOptions,
): void {
  const when = repeat.pattern ? `at "${repeat.pattern}"` : `every ${repeat.every} ms`;
  queue
    .upsertJobScheduler(name, repeat, { name, opts })
    .then(() => logger.log(`${name} scheduled ${when}`))
    .catch((error: Error) => {
      // Stopped before Redis answered: nothing to report, the next start registers it.
      if (queue.closing) return;
      logger.error(`could not schedule ${name}: ${error.message}`);
    });
}
