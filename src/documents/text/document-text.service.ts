import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestChangeRecorder } from '../../requests/request-change-recorder';
import { RequestAction } from '../../requests/request-status';
import { TextFailure, TextStatus } from '../document-kind';
import { DocumentStorage, StoredFileMissingError } from '../storage/document-storage';
import { StudentDocument } from '../student-document.entity';
import { DocumentTextQueue } from './document-text.queue';
import { PdfTextExtractor, PdfTextResult } from './pdf-text.extractor';

/** A pending document older than this was surely never queued (or its job was lost): the sweep queues it again. */
export const PENDING_GRACE_MS = 60_000;
const SWEEP_BATCH = 500;

/** Worker side of documents: reads each PDF's text once and keeps it for search. */
@Injectable()
export class DocumentTextService {
  private readonly logger = new Logger(DocumentTextService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
    private readonly extractor: PdfTextExtractor,
    private readonly recorder: RequestChangeRecorder,
    private readonly queue: DocumentTextQueue,
  ) {}

  /**
   * Extracts and stores the text of a pending document. A damaged or encrypted PDF is a result, not a failure; only
   * trouble reaching the database or the storage throws, so that the job is tried again.
   */
  async extract(documentId: string): Promise<void> {
    const document = await this.dataSource.getRepository(StudentDocument).findOneBy({ id: documentId });
    if (!document || document.textStatus !== TextStatus.Pending) return; // deleted, replaced or done already

    let result: PdfTextResult;
    try {
      result = await this.extractor.extract(await this.storage.get(document.storageKey));
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`document ${document.id}: ${error.message}; marked unreadable`);
      result = { status: 'unreadable', failure: TextFailure.MissingFile, reason: error.message };
    }
    if (result.status === 'unreadable')
      this.logger.warn(`document ${document.id} unreadable (${result.failure}): ${result.reason}`);
    await this.store(document, result);
  }

  /** Queues again every document still pending after the grace period. Returns how many it queued. */
  async sweepPending(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM documents
        WHERE text_status = 'pending' AND created_at < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT $2`,
      [PENDING_GRACE_MS / 1000, SWEEP_BATCH],
    );
    let queued = 0;
    for (const { id } of rows) if (await this.queue.enqueue(id)) queued++;
    if (rows.length > 0) this.logger.log(`sweep: ${queued} of ${rows.length} pending documents queued again`);
    return queued;
  }

  /** Stores the result and, as the text is part of the request's searchable profile, records a request change. */
  private async store(document: StudentDocument, result: PdfTextResult): Promise<void> {
    const status = result.status as TextStatus;
    await this.dataSource.transaction(async (manager) => {
      // The request first, in the same order as uploads, so the two never wait on each other.
      const request = document.requestId ? await this.recorder.lock(manager, document.requestId) : null;
      const { affected } = await manager.update(
        StudentDocument,
        { id: document.id, textStatus: TextStatus.Pending },
        {
          textStatus: status,
          text: result.status === 'extracted' ? result.text : null,
          textFailure: result.status === 'unreadable' ? result.failure : null,
          textExtractedAt: new Date(),
        },
      );
      if (!affected || !request) return;
      await this.recorder.record(manager, request, {
        action: RequestAction.DocumentTextExtracted,
        actorId: null,
        attached: {
          [`documents.${document.kind}.textStatus`]: { before: TextStatus.Pending, after: status },
        },
      });
    });
  }
}
