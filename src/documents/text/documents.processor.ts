import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DOCUMENTS_QUEUE, DocumentsJob, ExtractTextPayload } from './document-text.queue';
import { DocumentTextService } from './document-text.service';

@Processor(DOCUMENTS_QUEUE, { concurrency: 2 })
export class DocumentsProcessor extends WorkerHost {
  constructor(private readonly text: DocumentTextService) {
    super();
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
