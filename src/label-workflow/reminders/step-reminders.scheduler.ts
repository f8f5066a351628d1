import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { JobSchedules } from '../../queue/job-schedule';
import { STEP_REMINDERS_QUEUE, StepRemindersJob } from './step-reminders-queue';

/** Registers the daily sweep of step reminders (STEP_REMINDERS_CRON in STEP_REMINDERS_TIMEZONE). */
@Injectable()
export class StepRemindersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(StepRemindersScheduler.name);

  constructor(
    @InjectQueue(STEP_REMINDERS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    const { cron, timezone } = this.config.stepReminders;
    this.schedules.register(
      this.queue,
      this.logger,
      StepRemindersJob.RemindSteps,
      { pattern: cron, tz: timezone },
      { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
    );
  }
}
