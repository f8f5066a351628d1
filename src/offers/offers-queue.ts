export const OFFERS_QUEUE = 'offers';

export enum OffersJob {
  ExpireOffers = 'expire-offers',
}

/** Hourly, on the hour: an offer stays open at most an hour past its deadline. */
export const EXPIRE_OFFERS_CRON = '0 * * * *';
