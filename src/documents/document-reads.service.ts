import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page } from '../common/paging/page';
import { RequestAccess } from '../requests/request-access';
import { DocumentAccess } from './document-access';
import { documentView } from './document-view';
import { DocumentView } from './dto/document.dto';
import { DocumentsError, DocumentsException } from './documents.exception';
import { DocumentStorage, StoredFileMissingError } from './storage/document-storage';
import { StudentDocument } from './student-document.entity';
import { ProfileReadsService } from '../profile-reads/profile-reads.service';

export interface DocumentFile {
  data: Buffer;
  fileName: string;
  contentType: string;
}

/** Reading documents: metadata, the list of a request's documents, and the file itself, each authorised. */
@Injectable()
export class DocumentReadsService {
  private readonly logger = new Logger(DocumentReadsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly requests: RequestAccess,
    private readonly storage: DocumentStorage,
    private readonly reads: ProfileReadsService,
  ) {}

  async get(user: AuthUser, id: string): Promise<DocumentView> {
    return documentView(await this.access.findReadable(user, id));
  }

  async listForRequest(user: AuthUser, requestId: string, page: PageQueryDto): Promise<Page<DocumentView>> {
    const request = await this.requests.findReadable(user, requestId);
    const [documents, total] = await this.dataSource.getRepository(StudentDocument).findAndCount({
      where: { requestId: request.id, kind: In([...this.access.kindsVisibleTo(user)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items: documents.map(documentView), total, limit: page.limit, offset: page.offset };
  }

  /** My documents outside any request (new files sent, or to send, with applications), newest first. */
  async listLoose(user: AuthUser, page: PageQueryDto): Promise<Page<DocumentView>> {
    const [documents, total] = await this.dataSource.getRepository(StudentDocument).findAndCount({
      where: { ownerId: user.id, requestId: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items: documents.map(documentView), total, limit: page.limit, offset: page.offset };
  }

  async file(user: AuthUser, id: string): Promise<DocumentFile> {
    const document = await this.access.findReadable(user, id);
    await this.reads.record(user, {
      studentId: document.ownerId,
      requestId: document.requestId,
      documentId: document.id,
      kind: document.kind,
    });
    try {
      const data = await this.storage.get(document.storageKey);
      return { data, fileName: document.fileName, contentType: document.contentType };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(`document ${document.id}: ${error.message}`);
      throw new DocumentsException(DocumentsError.NotFound, 'The file of this document is missing');
    }
  }
}
