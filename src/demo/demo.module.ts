import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchOutboxModule } from '../../indexer/search-outbox.module';
import { PasswordHasher } from '../accounts/password-hasher';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DocumentStoreModule } from '../documents/document-store.module';
import { DOCUMENTS_QUEUE, DocumentTextQueue } from '../documents/text/document-text.queue';
import { Company } from '../organisations/company.entity';
import { CompanyMembership } from '../organisations/company-membership.entity';
import { Programme } from '../organisations/programme.entity';
import { ProgrammeYearManager } from '../organisations/programme-year-manager.entity';
import { University } from '../organisations/university.entity';
import { QueueModule } from '../queue/queue.module';
import { RequestCoreModule } from '../requests/request-core.module';
import { ApplicationCoreModule } from '../applications/application-core.module';
import { InternshipCoreModule } from '../label-workflow/internships/internship-core.module';
import { JournalEntry } from '../label-workflow/journals/journal-entry.entity';
import { OfferCoreModule } from '../offers/offer-core.module';
import { DemoLoaderService } from './demo-loader.service';

/**
 * What the demo loader needs, and nothing more: Postgres, the document storage, the request change recorder
 * (with the search outbox) and the documents queue to hand PDFs to the worker. No HTTP, no queue consumers.
 */
@Module({})
export class DemoModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DemoModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        SearchOutboxModule,
        RequestCoreModule,
        OfferCoreModule,
        ApplicationCoreModule,
        InternshipCoreModule,
        DocumentStoreModule,
        // Every entity the loader writes itself, listed here: a standalone command has no other module registering them.
        TypeOrmModule.forFeature([
          User,
          StudentProfile,
          University,
          Programme,
          ProgrammeYearManager,
          Company,
          CompanyMembership,
          JournalEntry,
        ]),
        BullModule.registerQueue({ name: DOCUMENTS_QUEUE }),
      ],
      providers: [PasswordHasher, DocumentTextQueue, DemoLoaderService],
      exports: [DemoLoaderService],
    };
  }
}
