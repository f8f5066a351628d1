import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { DOCUMENTS_QUEUE, DocumentsJob, ExtractTextPayload } from './document-text.queue';
import { DocumentTextService } from './document-text.service';
import { PdfTextExtractor } from './pdf-text.extractor';

/**
 * Jobs taken at once per reader thread: a job also waits on Postgres and the storage, and while it does, another
 * job's PDF keeps the thread busy. The extractor hands the pool no more PDFs than it has threads.
 */
export const JOBS_PER_THREAD = 2;

@Processor(DOCUMENTS_QUEUE)
export class DocumentsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly text: DocumentTextService,
    private readonly extractor: PdfTextExtractor,
  ) {
    super();
  }

  /** The decorator's options are fixed at compile time; the thread count is the config's. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.extractor.threads * JOBS_PER_THREAD;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as DocumentsJob) {
      case DocumentsJob.ExtractText:
        return this.text.extract((job.data as ExtractTextPayload).documentId);
      case DocumentsJob.SweepPendingText:
        return this.text.sweepPending();
      default:
        throw new Error(`unknown job ${job.name} on queue ${DOCUMENTS_QUEUE}`);
    }
  }
}
