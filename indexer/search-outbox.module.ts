import { Global, Module } from '@nestjs/common';
import { OffersOutbox } from './offers/offers-outbox';
import { SearchOutboxWriter } from './outbox/search-outbox.writer';
import { ProfilesOutbox } from './profiles/profiles-outbox';

const writers = [SearchOutboxWriter, ProfilesOutbox, OffersOutbox];

/**
 * The writing side of the search outbox, for every module whose changes reach an index: the generic writer and each
 * projection's outbox, which knows which of its documents a change touches.
 */
@Global()
@Module({ providers: writers, exports: writers })
export class SearchOutboxModule {}
