import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { MatchDigestService } from './match-digest.service';
import { MatchQueueService } from './match-queue.service';
import { MATCHED_OFFERS_QUEUE, MatchedOffersJob } from './matched-offers-queue';

// One job at a time per worker: passes never overlap inside one process (SKIP LOCKED shares across workers).
@Processor(MATCHED_OFFERS_QUEUE, { concurrency: 1 })
export class MatchedOffersProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchedOffersProcessor.name);

  constructor(
    private readonly queue: MatchQueueService,
    private readonly digests: MatchDigestService,
  ) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name as MatchedOffersJob) {
      case MatchedOffersJob.MatchQueued:
        return this.queue.runAll();
      case MatchedOffersJob.SendDigests:
        return this.digests.sendDue();
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on ${MATCHED_OFFERS_QUEUE}`);
    }
  }

  /** A failed pass leaves its work queued in Postgres for the next one; say why it failed. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`${job?.name ?? 'job'} failed: ${error.message}`);
  }
}
