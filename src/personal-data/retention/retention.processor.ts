import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { RETENTION_QUEUE, RetentionJob, RetentionReport, RetentionSweepData } from './retention-queue';
import { RetentionService } from './retention.service';

@Processor(RETENTION_QUEUE)
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(job: Job<RetentionSweepData>): Promise<RetentionReport> {
    switch (job.name as RetentionJob) {
      case RetentionJob.Sweep:
        return this.retention.sweep(job.data.asOf ? new Date(job.data.asOf) : new Date(), (p) => job.updateProgress(p));
      default:
        throw new Error(`unknown job ${job.name} on queue ${RETENTION_QUEUE}`);
    }
  }
}
