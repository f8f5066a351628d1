import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ApplicationRemindersService } from './application-reminders.service';
import { APPLICATIONS_QUEUE, ApplicationsJob } from './applications-queue';

@Processor(APPLICATIONS_QUEUE)
export class ApplicationsProcessor extends WorkerHost {
  constructor(private readonly reminders: ApplicationRemindersService) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name as ApplicationsJob) {
      case ApplicationsJob.RemindCompanies:
        return this.reminders.remindDue();
      default:
        throw new Error(`unknown job ${job.name} on queue ${APPLICATIONS_QUEUE}`);
    }
  }
}
