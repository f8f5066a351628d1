import { Module } from '@nestjs/common';
import { ApplicationFacts } from './application-facts.service';

/**
 * The applications' read model for the modules applications itself builds on (offers, documents): raw SQL on the
 * applications tables, no routes and no entities, so that those modules need not import applications.
 */
@Module({
  providers: [ApplicationFacts],
  exports: [ApplicationFacts],
})
export class ApplicationFactsModule {}
