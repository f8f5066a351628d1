import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';

/** How often the schedules are looked for in Redis (a Redis restarted without its data has lost them). */
export const SCHEDULES_CHECK_MS = 30_000;

interface Schedule {
  queue: Queue;
  logger: Logger;
  name: string;
  repeat: Omit<RepeatOptions, 'key'>;
  opts: JobSchedulerTemplateOptions;
}

/**
 * The repeatable jobs of this process (nightly rebuild, reminders, heartbeat…). Each is registered by name (an
 * upsert: one schedule however many workers start), not awaited: with Redis down the call waits for it and the
 * process must start regardless. Redis keeps schedules only as data: one restarted empty forgets them, and nothing
 * would run again until the next start; so they are looked for every SCHEDULES_CHECK_MS and registered again when
 * gone.
 */
@Injectable()
export class JobSchedules implements OnApplicationShutdown {
  private readonly schedules: Schedule[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  register(
    queue: Queue,
    logger: Logger,
    name: string,
    repeat: Omit<RepeatOptions, 'key'>,
    opts: JobSchedulerTemplateOptions,
  ): void {
    const schedule = { queue, logger, name, repeat, opts };
    this.schedules.push(schedule);
    void this.upsert(schedule, 'scheduled');
    this.timer ??= setInterval(() => void this.restoreMissing(), SCHEDULES_CHECK_MS).unref();
  }

  /** Registers again the schedules Redis no longer holds; their names. */
  async restoreMissing(): Promise<string[]> {
    if (this.checking) return [];
    this.checking = true;
    const restored: string[] = [];
    try {
      for (const schedule of this.schedules) {
        if (schedule.queue.closing) continue;
        const present = await schedule.queue.getJobScheduler(schedule.name).catch(() => 'unknown' as const);
        if (present !== undefined) continue; // there, or Redis unreachable: nothing to decide now
        if (await this.upsert(schedule, 'was gone from Redis (restarted empty?): scheduled again'))
          restored.push(schedule.name);
      }
    } finally {
      this.checking = false;
    }
    return restored;
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(schedule: Schedule, done: string): Promise<boolean> {
    const { queue, logger, name, repeat, opts } = schedule;
    const when = repeat.pattern
      ? `at "${repeat.pattern}"${repeat.tz ? ` (${repeat.tz})` : ''}`
      : `every ${repeat.every} ms`;
    try {
      await queue.upsertJobScheduler(name, repeat, { name, opts });
      (done === 'scheduled' ? logger.log.bind(logger) : logger.warn.bind(logger))(`${name} ${done} ${when}`);
      return true;
    } catch (error) {
      // Stopped before Redis answered: nothing to report, the next start registers it.
      if (!queue.closing) logger.error(`could not schedule ${name}: ${(error as Error).message}`);
      return false;
    }
  }
}
