import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { RequestCoreModule } from '../requests/request-core.module';
import { CompanyCandidatesHook, NoApplicationsYet } from './company-candidates.hook';
import { DocumentAccess } from './document-access';
import { DocumentReadsService } from './document-reads.service';
import { DocumentStoreModule } from './document-store.module';
import { DocumentUploadsService } from './document-uploads.service';
import { DocumentsController } from './documents.controller';
import { RequestDocumentsController } from './request-documents.controller';
import { DOCUMENTS_QUEUE, DocumentTextQueue } from './text/document-text.queue';
import { DocumentUploadInterceptor } from './upload/document-upload.interceptor';

/** The API side of documents: upload, read and download, each checked against the caller's rights. */
@Module({
  imports: [RequestCoreModule, DocumentStoreModule, BullModule.registerQueue({ name: DOCUMENTS_QUEUE })],
  controllers: [RequestDocumentsController, DocumentsController],
  providers: [
    DocumentUploadsService,
    DocumentReadsService,
    DocumentAccess,
    DocumentTextQueue,
    DocumentUploadInterceptor,
    // Replaced by the applications module's own answer once candidatures exist.
    { provide: CompanyCandidatesHook, useClass: NoApplicationsYet },
  ],
})
export class DocumentsModule {}
