import offersMapping from '../../mappings/offers.v1.json';
import { IndexMapping, SearchIndexDefinition } from '../core/index-definition';
import { OFFERS_INDEX, OFFERS_MAPPING_VERSION } from './offer-document';
import {
  countIndexableOffers,
  INDEXABLE_OFFERS_JSON,
  loadIndexableOffers,
  loadOffers,
  OfferState,
} from './offer-source';

/** The offers projection: published offers, read by the matching of requests to offers. */
export const offersIndex: SearchIndexDefinition<OfferState> = {
  name: OFFERS_INDEX,
  mappingVersion: OFFERS_MAPPING_VERSION,
  mapping: offersMapping as unknown as IndexMapping,
  rebuildLock: 0x5e45e402,
  idOf: (state) => state.offerId,
  load: loadOffers,
  loadIndexablePage: loadIndexableOffers,
  countIndexable: countIndexableOffers,
  indexableJson: INDEXABLE_OFFERS_JSON,
};
