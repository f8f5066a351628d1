import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentStoreModule } from '../../documents/document-store.module';
import { DocumentUploadInterceptor } from '../../documents/upload/document-upload.interceptor';
import { InternshipCoreModule } from '../internships/internship-core.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { AgreementAccess } from './agreement-access';
import { AgreementCompletionService } from './agreement-completion.service';
import { AgreementFacts } from './agreement-facts.service';
import { AgreementIssuerService } from './agreement-issuer.service';
import { AgreementLinks } from './agreement-links';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementRemindersService } from './agreement-reminders.service';
import { AgreementScanService } from './agreement-scan.service';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementSignaturesController } from './agreement-signatures.controller';
import { AgreementSigningService } from './agreement-signing.service';
import { AgreementStep } from './agreement-step';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementVersionsWriter } from './agreement-versions.writer';
import { AgreementViews } from './agreement-views';
import { AgreementsController } from './agreements.controller';

/** Internship agreements ("conventions de stage"): PDF, signature links, scanned copies and amendments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AgreementVersion, AgreementSignature]),
    InternshipCoreModule,
    DocumentStoreModule,
    NotificationsModule,
  ],
  controllers: [AgreementsController, AgreementSignaturesController],
  providers: [
    AgreementAccess,
    AgreementFacts,
    AgreementViews,
    AgreementStep,
    AgreementLinks,
    AgreementVersionsWriter,
    AgreementCompletionService,
    AgreementIssuerService,
    AgreementSigningService,
    AgreementScanService,
    AgreementReadsService,
    AgreementRemindersService,
    DocumentUploadInterceptor,
  ],
})
export class AgreementsModule {}
