import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxDrainLoop } from './outbox/outbox-drain.loop';
import { OutboxDrainerService } from './outbox/outbox-drainer.service';
import { RebuildProcessor } from './rebuild/rebuild.processor';
import { RebuildScheduler } from './rebuild/rebuild.scheduler';
import { SEARCH_MAINTENANCE_QUEUE } from './rebuild/search-maintenance-queue';
import { SearchIndexCoreModule } from './search-index-core.module';

/**
 * The worker side of search: drains the outbox into Elasticsearch continuously and runs the nightly rebuild.
 * Only the worker process loads it.
 */
@Module({
  imports: [SearchIndexCoreModule, BullModule.registerQueue({ name: SEARCH_MAINTENANCE_QUEUE })],
  providers: [OutboxDrainerService, OutboxDrainLoop, RebuildProcessor, RebuildScheduler],
  exports: [SearchIndexCoreModule],
})
export class IndexerModule {}
