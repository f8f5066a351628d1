import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenGuard } from './accounts/auth/access-token.guard';
import { RolesGuard } from './accounts/auth/roles.guard';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { SearchAdminModule } from '../indexer/admin/search-admin.module';
import { SearchOutboxModule } from '../indexer/search-outbox.module';
import { AccountsModule } from './accounts/accounts.module';
import { AgreementsModule } from './label-workflow/agreements/agreements.module';
import { DocumentsModule } from './documents/documents.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ReferenceModule } from './reference/reference.module';
import { RequestsModule } from './requests/requests.module';
import { OffersModule } from './offers/offers.module';
import { ApplicationsModule } from './applications/applications.module';
import { CandidatesModule } from './candidates/candidates.module';
import { JournalsModule } from './label-workflow/journals/journals.module';
import { LabelsModule } from './label-workflow/certificate/labels.module';
import { MatchedOffersModule } from './matched-offers/matched-offers.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { StatsModule } from './stats/stats.module';
import { QueueModule } from './queue/queue.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { ElasticsearchModule } from './elasticsearch/elasticsearch.module';
import { SearchModule } from './search/search.module';
import { InternshipsModule } from './label-workflow/internships/internships.module';
import { ProfileReadsModule } from './profile-reads/profile-reads.module';
import { PersonalDataModule } from './personal-data/personal-data.module';

/** Everything the HTTP API process loads. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        RateLimitModule,
        ElasticsearchModule,
        HealthModule,
        StatsModule,
        SearchOutboxModule,
        SearchAdminModule,
        ReferenceModule,
        NotificationsModule,
        AccountsModule,
        OrganisationsModule,
        DocumentsModule,
        RequestsModule,
        SearchModule,
        OffersModule,
        MatchedOffersModule,
        ApplicationsModule,
        CandidatesModule,
        InternshipsModule,
        JournalsModule,
        LabelsModule,
        AgreementsModule,
        ProfileReadsModule,
        PersonalDataModule,
      ],
      // Global guards run in this order: who is calling, may this role call, then the rate limits (some per user).
      providers: [
        { provide: APP_GUARD, useExisting: AccessTokenGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        { provide: APP_GUARD, useExisting: RateLimitGuard },
      ],
    };
  }
}
