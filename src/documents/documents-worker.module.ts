import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { RequestCoreModule } from '../requests/request-core.module';
import { DocumentStoreModule } from './document-store.module';
import { DocumentTextBacklog } from './text/document-text-backlog';
import { DocumentTextQueue, DOCUMENTS_QUEUE } from './text/document-text.queue';
import { DocumentTextService } from './text/document-text.service';
import { DocumentsProcessor } from './text/documents.processor';
import { DocumentsScheduler } from './text/documents.scheduler';
import { DEFAULT_PDF_TEXT_LIMITS, PdfTextExtractor } from './text/pdf-text.extractor';

/** The worker side of documents: queue consumers and schedules. Only the worker process loads it. */
@Module({
  imports: [RequestCoreModule, DocumentStoreModule, BullModule.registerQueue({ name: DOCUMENTS_QUEUE })],
  providers: [
    DocumentTextService,
    DocumentTextBacklog,
    DocumentTextQueue,
    DocumentsProcessor,
    DocumentsScheduler,
    {
      provide: PdfTextExtractor,
      useFactory: (config: AppConfig) => new PdfTextExtractor(DEFAULT_PDF_TEXT_LIMITS, config.documents.textThreads),
      inject: [AppConfig],
    },
  ],
  exports: [DocumentTextService],
})
export class DocumentsWorkerModule {}
