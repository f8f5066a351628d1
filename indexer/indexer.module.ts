import { Module } from '@nestjs/common';

/**
 * Keeps Elasticsearch true to Postgres: outbox drain, bulk writer, nightly rebuild with alias swap.
 * Empty until the search issue fills it; the worker already loads it so the wiring is in place.
 */
@Module({})
export class IndexerModule {}
