import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { SYSTEM_QUEUE, SystemJob } from './system-queue';
import { SystemService } from './system.service';

@Processor(SYSTEM_QUEUE)
export class SystemProcessor extends WorkerHost {
  constructor(private readonly system: SystemService) {
    super();
  }

  async process(job: Job): Promise<void> {
    switch (job.name as SystemJob) {
      case SystemJob.Heartbeat:
        return this.system.beat();
      default:
        throw new Error(`unknown job ${job.name} on queue ${SYSTEM_QUEUE}`);
    }
  }
}
