import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { EXPIRE_OFFERS_CRON, OFFERS_QUEUE, OffersJob } from './offers-queue';

/** Registers the hourly expiry (upsert by id: one schedule however many workers start). */
@Injectable()
export class OfferExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(OfferExpiryScheduler.name);

  constructor(@InjectQueue(OFFERS_QUEUE) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the call waits for it, and the worker must start regardless.
    void this.schedule();
  }

  private async schedule(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        OffersJob.ExpireOffers,
        { pattern: EXPIRE_OFFERS_CRON },
        { name: OffersJob.ExpireOffers, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
      );
      this.logger.log(`${OffersJob.ExpireOffers} scheduled at "${EXPIRE_OFFERS_CRON}"`);
    } catch (error) {
      this.logger.error(`could not schedule ${OffersJob.ExpireOffers}: ${(error as Error).message}`);
    }
  }
}
