import { Provider } from '@nestjs/common';
import { SEARCH_PROJECTIONS, SearchProjection } from './core/search-projection';
import { OfferBulkWriter } from './offers/offer-bulk.writer';
import { OffersIndexService } from './offers/offers-index.service';
import { OffersProjection } from './offers/offers.projection';
import { ProfileBulkWriter } from './profiles/profile-bulk.writer';
import { ProfilesIndexService } from './profiles/profiles-index.service';
import { ProfilesProjection } from './profiles/profiles.projection';

/**
 * The projections kept in step with Postgres, in the order they are drained and rebuilt: the one place that names
 * them. A new projection is a folder beside profiles/ and offers/ and one line here.
 */
const PROJECTIONS = [ProfilesProjection, OffersProjection];

/** Each projection's own providers (its index and bulk writer), the projections, and their registry. */
export const projectionProviders: Provider[] = [
  ProfilesIndexService,
  ProfileBulkWriter,
  OffersIndexService,
  OfferBulkWriter,
  ...PROJECTIONS,
  {
    provide: SEARCH_PROJECTIONS,
    useFactory: (...projections: SearchProjection[]) => projections,
    inject: PROJECTIONS,
  },
];
