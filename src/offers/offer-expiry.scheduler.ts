import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobSchedules } from '../queue/job-schedule';
import { EXPIRE_OFFERS_CRON, OFFERS_QUEUE, OffersJob } from './offers-queue';

/** Registers the hourly expiry of offers past their deadline. */
@Injectable()
export class OfferExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(OfferExpiryScheduler.name);

  constructor(
    @InjectQueue(OFFERS_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules.register(
      this.queue,
      this.logger,
      OffersJob.ExpireOffers,
      { pattern: EXPIRE_OFFERS_CRON },
      { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
    );
  }
}
