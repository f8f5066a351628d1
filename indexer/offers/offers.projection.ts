import { Injectable } from '@nestjs/common';
import { SearchProjection } from '../core/search-projection';
import { OfferBulkWriter } from './offer-bulk.writer';
import { OfferState } from './offer-source';
import { OffersIndexService } from './offers-index.service';

/** The offers projection, as the outbox drain and the rebuild read it from the registry. */
@Injectable()
export class OffersProjection extends SearchProjection<OfferState> {
  constructor(index: OffersIndexService, writer: OfferBulkWriter) {
    super(index, writer);
  }
}
