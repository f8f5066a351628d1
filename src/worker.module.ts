import { DynamicModule, Module } from '@nestjs/common';
import { SearchOutboxModule } from '../indexer/search-outbox.module';
import { IndexerModule } from '../indexer/indexer.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { ElasticsearchModule } from './elasticsearch/elasticsearch.module';
import { DocumentsWorkerModule } from './documents/documents-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { SystemModule } from './system/system.module';
import { OffersWorkerModule } from './offers/offers-worker.module';
import { MatchedOffersWorkerModule } from './matched-offers/matched-offers-worker.module';
import { ApplicationsWorkerModule } from './applications/applications-worker.module';
import { StepRemindersWorkerModule } from './label-workflow/reminders/step-reminders-worker.module';
import { RetentionWorkerModule } from './personal-data/retention/retention-worker.module';

/** Everything the worker process loads: queue consumers and schedules, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        ElasticsearchModule,
        SearchOutboxModule,
        IndexerModule,
        SystemModule,
        NotificationsWorkerModule,
        DocumentsWorkerModule,
        OffersWorkerModule,
        MatchedOffersWorkerModule,
        ApplicationsWorkerModule,
        StepRemindersWorkerModule,
        RetentionWorkerModule,
      ],
    };
  }
}
