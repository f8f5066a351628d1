export const MATCHED_OFFERS_QUEUE = 'matched-offers';

export enum MatchedOffersJob {
  /** Matches the requests and offers the search sync has just indexed. */
  MatchQueued = 'match-queued',
  /** Sends each student the digest of their new matched offers. */
  SendDigests = 'send-digests',
}

/** The matching follows the search sync within about a second. */
export const MATCH_QUEUED_EVERY_MS = 1000;
/** Every quarter of an hour; MATCH_DIGEST_INTERVAL_HOURS decides who receives one. */
export const SEND_DIGESTS_CRON = '*/15 * * * *';
