import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';

export const DOCUMENTS_QUEUE = 'documents';

export enum DocumentsJob {
  ExtractText = 'extract-text',
  SweepPendingText = 'sweep-pending-text',
}

export interface ExtractTextPayload {
  documentId: string;
}

/** How long an upload waits for Redis to take the job before answering anyway. */
const ENQUEUE_TIMEOUT_MS = 2_000;

/**
 * Most adds still waiting for Redis. While Redis is down each add stays in the client's offline queue with its
 * payload; past this many, uploads skip the add (the document stays pending and the sweep asks again), so
 * a long outage under a stream of uploads cannot fill the API's memory.
 */
export const MAX_WAITING_ADDS = 100;

/** Hands documents to the worker for text extraction. */
@Injectable()
export class DocumentTextQueue {
  private readonly logger = new Logger(DocumentTextQueue.name);
  private waiting = 0;

  constructor(@InjectQueue(DOCUMENTS_QUEUE) private readonly queue: Queue<ExtractTextPayload>) {}

  /**
   * Asks for the text of a document. Deduplicated by document id; never throws and never waits long: if Redis is
   * away, the document stays `pending` and the worker's sweep asks again later.
   */
  async enqueue(documentId: string): Promise<boolean> {
    if (this.waiting >= MAX_WAITING_ADDS) {
      this.logger.warn(
        `text extraction of document ${documentId} not queued: ${this.waiting} adds already wait for Redis; the sweep will retry`,
      );
      return false;
    }
    this.waiting += 1;
    const added = this.queue.add(
      DocumentsJob.ExtractText,
      { documentId },
      // Removed once done either way, so the job id is free again for the sweep to retry a document still pending.
      { jobId: documentId, attempts: 3, removeOnComplete: true, removeOnFail: true },
    );
    // Counted until Redis answers, whether or not the upload still waits for it.
    void added.then(
      () => (this.waiting -= 1),
      () => (this.waiting -= 1),
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ENQUEUE_TIMEOUT_MS);
    });
    try {
      const outcome = await Promise.race([added, timedOut]);
      if (outcome === 'timeout') {
        added.catch(() => undefined); // it may still go through once Redis is back; the job id dedupes it
        this.logger.warn(
          `text extraction of document ${documentId} not queued within ${ENQUEUE_TIMEOUT_MS} ms; the sweep will retry`,
        );
        return false;
      }
      return true;
    } catch (error) {
      this.logger.warn(
        `text extraction of document ${documentId} not queued (${(error as Error).message}); the sweep will retry`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
