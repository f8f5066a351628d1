import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxWriter } from '../outbox/search-outbox.writer';
import { OFFERS_INDEX } from './offer-document';

/**
 * Every offer of these companies, its version bumped: the company's name is in each offer document, and the bump
 * keeps external versioning monotonic for documents whose own row did not change. Wrapped in a SELECT so the driver
 * hands back plain rows (an UPDATE answers [rows, count]).
 */
const COMPANIES_OFFERS = `WITH bumped AS (
    UPDATE offers SET version = version + 1, updated_at = now() WHERE company_id = ANY ($1::uuid[])
    RETURNING id)
  SELECT id FROM bumped`;

/** The offers projection's side of the search outbox: which offer documents a change touches. */
@Injectable()
export class OffersOutbox {
  constructor(private readonly outbox: SearchOutboxWriter) {}

  /** These offers changed (their own rows, already at a new version), or were deleted. */
  async offersChanged(manager: EntityManager, offerIds: string[]): Promise<void> {
    await this.outbox.changed(manager, OFFERS_INDEX, offerIds);
  }

  /** These companies' names changed, so each of their offers did. */
  async companiesChanged(manager: EntityManager, companyIds: string[]): Promise<void> {
    if (companyIds.length === 0) return;
    await this.outbox.changedRows(manager, OFFERS_INDEX, COMPANIES_OFFERS, [companyIds]);
  }
}
