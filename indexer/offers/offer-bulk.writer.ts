import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { BulkWriter } from '../core/bulk-writer';
import { OfferState } from './offer-source';
import { offersIndex } from './offers.index';

/** Bulk writes of offer documents (offer id = document id). */
@Injectable()
export class OfferBulkWriter extends BulkWriter<OfferState> {
  constructor(client: Client) {
    super(client, offersIndex);
  }
}
