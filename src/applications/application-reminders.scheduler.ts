import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobSchedules } from '../queue/job-schedule';
import { APPLICATIONS_QUEUE, ApplicationsJob, REMIND_COMPANIES_CRON } from './applications-queue';

/** Registers the hourly sweep that reminds companies of unanswered applications. */
@Injectable()
export class ApplicationRemindersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ApplicationRemindersScheduler.name);

  constructor(
    @InjectQueue(APPLICATIONS_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules.register(
      this.queue,
      this.logger,
      ApplicationsJob.RemindCompanies,
      { pattern: REMIND_COMPANIES_CRON },
      { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
    );
  }
}
