import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { OfferExpiryService } from './offer-expiry.service';
import { OFFERS_QUEUE, OffersJob } from './offers-queue';

@Processor(OFFERS_QUEUE)
export class OffersProcessor extends WorkerHost {
  constructor(private readonly expiry: OfferExpiryService) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name as OffersJob) {
      case OffersJob.ExpireOffers:
        return this.expiry.expireDue();
      default:
        throw new Error(`unknown job ${job.name} on queue ${OFFERS_QUEUE}`);
    }
  }
}
