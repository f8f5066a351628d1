import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ApplicationFactsModule } from '../application-facts/application-facts.module';
import { RequestCoreModule } from '../requests/request-core.module';
import { DocumentAccess } from './document-access';
import { DocumentReadsService } from './document-reads.service';
import { DocumentStoreModule } from './document-store.module';
import { DocumentUploadsService } from './document-uploads.service';
import { DocumentsController } from './documents.controller';
import { RequestDocumentsController } from './request-documents.controller';
import { DOCUMENTS_QUEUE, DocumentTextQueue } from './text/document-text.queue';
import { DocumentUploadInterceptor } from './upload/document-upload.interceptor';
import { ProfileReadsModule } from '../profile-reads/profile-reads.module';

/** The API side of documents: upload, read and download, each checked against the caller's rights. */
@Module({
  imports: [
    RequestCoreModule,
    ApplicationFactsModule,
    DocumentStoreModule,
    ProfileReadsModule,
    BullModule.registerQueue({ name: DOCUMENTS_QUEUE }),
  ],
  controllers: [RequestDocumentsController, DocumentsController],
  providers: [
    DocumentUploadsService,
    DocumentReadsService,
    DocumentAccess,
    DocumentTextQueue,
    DocumentUploadInterceptor,
  ],
})
export class DocumentsModule {}
