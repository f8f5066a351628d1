import { Global, Module } from '@nestjs/common';
import { SearchOutboxWriter } from './search-outbox.writer';

/** The writing side of the search outbox, for every module whose changes reach the index. */
@Global()
@Module({ providers: [SearchOutboxWriter], exports: [SearchOutboxWriter] })
export class SearchOutboxModule {}
