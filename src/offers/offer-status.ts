/** Where an offer stands. Only a published offer is shown to students; filled and expired are final. */
export enum OfferStatus {
  Draft = 'draft',
  Published = 'published',
  Unpublished = 'unpublished',
  Filled = 'filled',
  Expired = 'expired',
}

/** What a history row records. */
export enum OfferAction {
  Created = 'created',
  Updated = 'updated',
  Published = 'published',
  Unpublished = 'unpublished',
  Filled = 'filled',
  Expired = 'expired',
}

/**
 * The allowed status changes. Unpublishing ("dépublier") is reversible while the deadline is ahead (checked by
 * the service); filling ("pourvue") and expiry end the offer's life.
 */
const transitions: Readonly<Record<OfferStatus, readonly OfferStatus[]>> = {
  [OfferStatus.Draft]: [OfferStatus.Published],
  [OfferStatus.Published]: [OfferStatus.Unpublished, OfferStatus.Filled, OfferStatus.Expired],
  [OfferStatus.Unpublished]: [OfferStatus.Published, OfferStatus.Filled, OfferStatus.Expired],
  [OfferStatus.Filled]: [],
  [OfferStatus.Expired]: [],
};

export function canTransition(from: OfferStatus, to: OfferStatus): boolean {
  return transitions[from].includes(to);
}

/** Statuses in which the offer can no longer be edited or change status. */
export function isFinal(status: OfferStatus): boolean {
  return transitions[status].length === 0;
}

/** The statuses the expiry sweep moves to expired once the deadline has passed. */
export const EXPIRABLE_STATUSES: readonly OfferStatus[] = Object.values(OfferStatus).filter((status) =>
  canTransition(status, OfferStatus.Expired),
);
