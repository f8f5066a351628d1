import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DOCUMENTS_QUEUE, DocumentsJob } from './document-text.queue';
import { PENDING_GRACE_MS } from './document-text.service';

/** Registers the sweep of pending documents when the worker starts (one schedule however many workers run). */
@Injectable()
export class DocumentsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DocumentsScheduler.name);

  constructor(@InjectQueue(DOCUMENTS_QUEUE) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away the worker still starts, and BullMQ registers the schedule once it is back.
    this.queue
      .upsertJobScheduler(
        DocumentsJob.SweepPendingText,
        { every: PENDING_GRACE_MS },
        { name: DocumentsJob.SweepPendingText, opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 } },
      )
      .then(() => this.logger.log(`scheduled ${DocumentsJob.SweepPendingText} every ${PENDING_GRACE_MS} ms`))
      .catch((error: Error) => this.logger.error(`could not schedule ${DocumentsJob.SweepPendingText}`, error.stack));
  }
}
