import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxWriter } from '../outbox/search-outbox.writer';
import { OFFERS_INDEX } from './offer-document';

/** The offers projection's side of the search outbox: which offer documents a change touches. */
@Injectable()
export class OffersOutbox {
  constructor(private readonly outbox: SearchOutboxWriter) {}

  /** These offers changed (their own rows, already at a new version), or were deleted. */
  async offersChanged(manager: EntityManager, offerIds: string[]): Promise<void> {
    await this.outbox.changed(manager, OFFERS_INDEX, offerIds);
  }

  /** These companies' names changed: the name is in each of their offers' documents. */
  async companiesChanged(manager: EntityManager, companyIds: string[]): Promise<void> {
    await this.outbox.parentsChanged(manager, OFFERS_INDEX, { table: 'offers', parentKey: 'company_id' }, companyIds);
  }
}
