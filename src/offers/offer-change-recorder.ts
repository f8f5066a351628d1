import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OffersOutbox } from '../../indexer/offers/offers-outbox';
import { Offer, OfferFields } from './offer.entity';
import { OfferChanges, OfferHistoryEntry } from './offer-history.entity';
import { OfferAction } from './offer-status';

export interface OfferChange {
  action: OfferAction;
  /** Who made the change; null for the system (the expiry sweep). */
  actorId: string | null;
  /** Offer fields to set: only those whose value differs from the stored row are written and recorded. */
  set: Partial<OfferFields>;
}

/**
 * The one place every change of an offer goes through, inside the caller's transaction: it writes the fields,
 * bumps `version` and appends the history row, so the three never disagree.
 */
@Injectable()
export class OfferChangeRecorder {
  constructor(private readonly offersOutbox: OffersOutbox) {}

  /**
   * Loads an offer and locks its row until the transaction ends, so concurrent changes apply one by one (NO KEY
   * UPDATE: rows that point at the offer, such as matches, do not hold an edit up).
   */
  lock(manager: EntityManager, id: string): Promise<Offer | null> {
    return manager.findOne(Offer, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** Inserts a new offer (version 1) and its "created" history row. */
  async create(
    manager: EntityManager,
    owner: { companyId: string; authorId: string },
    values: Partial<OfferFields>,
  ): Promise<Offer> {
    const { identifiers } = await manager.insert(Offer, { ...values, ...owner });
    const stored = await manager.findOneByOrFail(Offer, { id: identifiers[0].id as string });
    const changes: OfferChanges = Object.fromEntries(
      Object.entries(values).map(([field, after]) => [field, { before: null, after }]),
    );
    await this.appendHistory(manager, stored, { action: OfferAction.Created, actorId: owner.authorId }, changes);
    return stored;
  }

  /** Applies a change to an offer the caller has locked; a change that alters nothing writes nothing. */
  async record(manager: EntityManager, offer: Offer, change: OfferChange): Promise<Offer> {
    const changes = diff(offer, change.set);
    if (Object.keys(changes).length === 0) return offer;
    const fields = Object.fromEntries(Object.entries(changes).map(([field, { after }]) => [field, after]));
    await manager
      .createQueryBuilder()
      .update(Offer)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: offer.id })
      .execute();
    const stored = await manager.findOneByOrFail(Offer, { id: offer.id });
    await this.appendHistory(manager, stored, change, changes);
    return stored;
  }

  private async appendHistory(
    manager: EntityManager,
    stored: Offer,
    change: Pick<OfferChange, 'action' | 'actorId'>,
    changes: OfferChanges,
  ): Promise<void> {
    const entry = manager.create(OfferHistoryEntry, {
      offerId: stored.id,
      actorId: change.actorId,
      action: change.action,
      version: stored.version,
      changes,
    });
    await manager.save(entry);
    // The offers index (and the matching that follows it) sees every change, expiry included.
    await this.offersOutbox.offersChanged(manager, [stored.id]);
  }
}

function diff(offer: Offer, set: Partial<OfferFields>): OfferChanges {
  const changes: OfferChanges = {};
  for (const [field, after] of Object.entries(set)) {
    if (after === undefined) continue;
    const before = offer[field as keyof OfferFields];
    if (!sameValue(before, after)) changes[field] = { before, after };
  }
  return changes;
}

/** Arrays, dates and scalars compared by value (JSON form), which is how the history stores them. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
