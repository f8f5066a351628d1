import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { IndexLayout } from '../../src/elasticsearch/index-layout';
import { IndexNames } from '../../src/elasticsearch/index-names';
import { VersionedIndex } from '../core/versioned-index';
import { OfferState } from './offer-source';
import { offersIndex } from './offers.index';

/** The offers alias and its versioned indices. */
@Injectable()
export class OffersIndexService extends VersionedIndex<OfferState> {
  constructor(client: Client, names: IndexNames, layout: IndexLayout) {
    super(client, names, offersIndex, layout);
  }
}
