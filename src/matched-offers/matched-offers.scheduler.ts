import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { MATCH_QUEUED_EVERY_MS, MATCHED_OFFERS_QUEUE, MatchedOffersJob, SEND_DIGESTS_CRON } from './matched-offers-queue';

/** Registers the matching pass and the digest (upsert by id: one schedule however many workers start). */
@Injectable()
export class MatchedOffersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchedOffersScheduler.name);

  constructor(@InjectQueue(MATCHED_OFFERS_QUEUE) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the call waits for it, and the worker must start regardless.
    void this.schedule();
  }

  private async schedule(): Promise<void> {
    const keep = { removeOnComplete: 100, removeOnFail: 100 };
    try {
      await this.queue.upsertJobScheduler(
        MatchedOffersJob.MatchQueued,
        { every: MATCH_QUEUED_EVERY_MS },
        { name: MatchedOffersJob.MatchQueued, opts: keep },
      );
      await this.queue.upsertJobScheduler(
        MatchedOffersJob.SendDigests,
        { pattern: SEND_DIGESTS_CRON },
        { name: MatchedOffersJob.SendDigests, opts: { ...keep, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
      );
      this.logger.log(`matching every ${MATCH_QUEUED_EVERY_MS} ms, digests at "${SEND_DIGESTS_CRON}"`);
    } catch (error) {
      this.logger.error(`could not schedule the matching jobs: ${(error as Error).message}`);
    }
  }
}
