import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { STEP_REMINDERS_QUEUE, StepRemindersJob } from './step-reminders-queue';
import { StepRemindersService } from './step-reminders.service';

@Processor(STEP_REMINDERS_QUEUE)
export class StepRemindersProcessor extends WorkerHost {
  constructor(private readonly reminders: StepRemindersService) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name as StepRemindersJob) {
      case StepRemindersJob.RemindSteps:
        return this.reminders.remindDue();
      default:
        throw new Error(`unknown job ${job.name} on queue ${STEP_REMINDERS_QUEUE}`);
    }
  }
}
