import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { InternshipRequest } from '../requests/internship-request.entity';
import { RequestAccess } from '../requests/request-access';
import { RequestChangeRecorder } from '../requests/request-change-recorder';
import { RequestAction, RequestStatus } from '../requests/request-status';
import { DocumentKind, SINGLE_KINDS, TextStatus } from './document-kind';
import { documentView } from './document-view';
import { DocumentView } from './dto/document.dto';
import { DocumentsError, DocumentsException } from './documents.exception';
import { DocumentStorage } from './storage/document-storage';
import { StudentDocument } from './student-document.entity';
import { DocumentTextQueue } from './text/document-text.queue';
import { acceptedTypes, detectContentType, DetectedType } from './upload/detect-content-type';
import { FILE_FIELD } from './upload/document-upload.interceptor';
import { sanitiseFileName } from './upload/file-name';

/** "Other" documents a request may hold besides its CV and letter. */
export const MAX_OTHER_DOCUMENTS = 10;

/** Documents a student may hold outside their requests (new files for applications) and not yet sent. */
export const MAX_LOOSE_DOCUMENTS = 20;

export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Adding and removing a request's documents. The bytes are stored first and the row written after, in one
 * transaction with the request's change record; a failure on the way removes the stored bytes, so a refused or
 * failed upload leaves nothing behind. Files of replaced or deleted documents are removed once the change commits.
 * A document sent with an application is never removed: replacing or deleting it only detaches it from its request.
 */
@Injectable()
export class DocumentUploadsService {
  private readonly logger = new Logger(DocumentUploadsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
    private readonly requests: RequestAccess,
    private readonly recorder: RequestChangeRecorder,
    private readonly textQueue: DocumentTextQueue,
  ) {}

  async upload(user: AuthUser, requestId: string, kind: DocumentKind, file?: UploadedFile): Promise<DocumentView> {
    if (!file) throw new DocumentsException(DocumentsError.FileMissing, undefined, FILE_FIELD);
    const type = checkContent(kind, file);
    // Refuse a request the caller may not change before anything is stored.
    await this.dataSource.transaction((manager) => this.requests.lockOwned(manager, user, requestId));

    const key = DocumentStorage.newKey();
    await this.storage.put(key, file.buffer);
    let created: StudentDocument;
    let replaced: StudentDocument | null;
    try {
      ({ created, replaced } = await this.dataSource.transaction(async (manager) => {
        const request = await this.requests.lockOwned(manager, user, requestId);
        return this.attach(manager, user, request, this.describe(user, requestId, kind, key, file, type));
      }));
    } catch (error) {
      await this.removeFile(key);
      throw error;
    }
    if (replaced && !replaced.sentAt) await this.removeFile(replaced.storageKey);
    if (created.textStatus === TextStatus.Pending) await this.textQueue.enqueue(created.id);
    return documentView(created);
  }

  /** A document outside any request: a new file for an application ("ou de nouveaux fichiers"). */
  async uploadLoose(user: AuthUser, kind: DocumentKind, file?: UploadedFile): Promise<DocumentView> {
    if (!file) throw new DocumentsException(DocumentsError.FileMissing, undefined, FILE_FIELD);
    const type = checkContent(kind, file);
    const key = DocumentStorage.newKey();
    await this.storage.put(key, file.buffer);
    let created: StudentDocument;
    try {
      created = await this.dataSource.transaction(async (manager) => {
        // Serialises a student's concurrent uploads so the count below holds (NO KEY UPDATE: rows that merely
        // name the student do not hold it up).
        await manager.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [user.id]);
        const loose = await manager.count(StudentDocument, {
          where: { ownerId: user.id, requestId: IsNull(), sentAt: IsNull() },
        });
        if (loose >= MAX_LOOSE_DOCUMENTS) {
          throw new DocumentsException(
            DocumentsError.TooManyDocuments,
            `You hold at most ${MAX_LOOSE_DOCUMENTS} unsent documents outside your requests: delete one first`,
            'kind',
          );
        }
        return manager.save(manager.create(StudentDocument, this.describe(user, null, kind, key, file, type)));
      });
    } catch (error) {
      await this.removeFile(key);
      throw error;
    }
    if (created.textStatus === TextStatus.Pending) await this.textQueue.enqueue(created.id);
    return documentView(created);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const document = await manager.findOne(StudentDocument, {
        where: { id, ownerId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!document) throw new DocumentsException(DocumentsError.NotFound);
      if (document.sentAt && !document.requestId) throw new DocumentsException(DocumentsError.SentWithApplication);
      if (document.requestId) {
        const request = await this.requests.lockOwned(manager, user, document.requestId);
        if (document.kind === DocumentKind.Cv && request.status === RequestStatus.Published) {
          throw new DocumentsException(DocumentsError.CvOfPublishedRequest);
        }
        await this.dropFromRequest(manager, document);
        await this.recorder.record(manager, request, {
          action: RequestAction.DocumentRemoved,
          actorId: user.id,
          attached: { [`documents.${document.kind}`]: { before: summary(document), after: null } },
        });
      } else {
        await manager.delete(StudentDocument, { id });
      }
      return document;
    });
    if (!removed.sentAt) await this.removeFile(removed.storageKey);
  }

  private async attach(
    manager: EntityManager,
    user: AuthUser,
    request: InternshipRequest,
    values: Partial<StudentDocument>,
  ): Promise<{ created: StudentDocument; replaced: StudentDocument | null }> {
    const kind = values.kind!;
    let replaced: StudentDocument | null = null;
    if (SINGLE_KINDS.includes(kind)) {
      replaced = await manager.findOne(StudentDocument, {
        where: { requestId: request.id, kind },
        lock: { mode: 'pessimistic_write' },
      });
      if (replaced) await this.dropFromRequest(manager, replaced);
    } else if ((await manager.countBy(StudentDocument, { requestId: request.id, kind })) >= MAX_OTHER_DOCUMENTS) {
      throw new DocumentsException(
        DocumentsError.TooManyDocuments,
        `A request holds at most ${MAX_OTHER_DOCUMENTS} other documents: delete one first`,
        'kind',
      );
    }
    const created = await manager.save(manager.create(StudentDocument, values));
    await this.recorder.record(manager, request, {
      action: replaced ? RequestAction.DocumentReplaced : RequestAction.DocumentAdded,
      actorId: user.id,
      attached: { [`documents.${kind}`]: { before: replaced ? summary(replaced) : null, after: summary(created) } },
    });
    return { created, replaced };
  }

  /** Takes a document off its request: deleted, unless an application holds it (then only detached). */
  private async dropFromRequest(manager: EntityManager, document: StudentDocument): Promise<void> {
    if (document.sentAt) {
      await manager.update(StudentDocument, { id: document.id }, { requestId: null });
      return;
    }
    await manager.delete(StudentDocument, { id: document.id });
  }

  private describe(
    user: AuthUser,
    requestId: string | null,
    kind: DocumentKind,
    key: string,
    file: UploadedFile,
    type: DetectedType,
  ): Partial<StudentDocument> {
    return {
      ownerId: user.id,
      requestId,
      kind,
      fileName: sanitiseFileName(file.originalname, type.extension),
      storageKey: key,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      contentType: type.contentType,
      textStatus: type.extension === '.pdf' ? TextStatus.Pending : TextStatus.NotApplicable,
    };
  }

  /** After a commit (or to undo a failed one) the file must go; if that fails, the orphan is logged, not fatal. */
  private async removeFile(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.error(`could not remove stored file ${key}: ${(error as Error).message}`, (error as Error).stack);
    }
  }
}

/** The file's type, read from its content, if this kind of document accepts it. */
function checkContent(kind: DocumentKind, file: UploadedFile): DetectedType {
  if (file.size === 0) throw new DocumentsException(DocumentsError.FileEmpty, undefined, FILE_FIELD);
  const type = detectContentType(file.buffer);
  const accepted = acceptedTypes(kind);
  if (type && accepted.includes(type)) return type;
  const expected = accepted.map((t) => t.extension.slice(1).toUpperCase()).join(', ');
  throw new DocumentsException(
    DocumentsError.UnsupportedType,
    `A ${kind} must be ${accepted.length > 1 ? 'one of ' : 'a '}${expected}; the content of this file is ` +
      `${type ? type.contentType : 'not a recognised type'}, whatever its name says`,
    FILE_FIELD,
  );
}

function summary(document: StudentDocument): { id: string; fileName: string } {
  return { id: document.id, fileName: document.fileName };
}
