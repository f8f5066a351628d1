import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobSchedules } from '../queue/job-schedule';
import {
  MATCH_QUEUED_EVERY_MS,
  MATCHED_OFFERS_QUEUE,
  MatchedOffersJob,
  SEND_DIGESTS_CRON,
} from './matched-offers-queue';

/** Registers the matching pass and the digest. */
@Injectable()
export class MatchedOffersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchedOffersScheduler.name);

  constructor(
    @InjectQueue(MATCHED_OFFERS_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    const keep = { removeOnComplete: 100, removeOnFail: 100 };
    this.schedules.register(
      this.queue,
      this.logger,
      MatchedOffersJob.MatchQueued,
      { every: MATCH_QUEUED_EVERY_MS },
      keep,
    );
    this.schedules.register(
      this.queue,
      this.logger,
      MatchedOffersJob.SendDigests,
      { pattern: SEND_DIGESTS_CRON },
      {
        ...keep,
        attempts: 3,
        backoff: { type: 'exponential', delay: 60_000 },
      },
    );
  }
}
