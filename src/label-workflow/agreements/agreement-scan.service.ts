import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { UploadedFile } from '../../documents/document-uploads.service';
import { DocumentsError, DocumentsException } from '../../documents/documents.exception';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { detectContentType } from '../../documents/upload/detect-content-type';
import { FILE_FIELD } from '../../documents/upload/document-upload.interceptor';
import { InternshipAudit } from '../internships/internship-audit';
import { AgreementAccess } from './agreement-access';
import { AgreementCompletionService } from './agreement-completion.service';
import { AGREEMENT_STEP } from './agreement-party';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementViews } from './agreement-views';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { AgreementView } from './dto/agreement.view';

/** A scanned signed copy of the current version, uploaded by the programme manager: it stands for every signature. */
@Injectable()
export class AgreementScanService {
  private readonly logger = new Logger(AgreementScanService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly storage: DocumentStorage,
    private readonly audit: InternshipAudit,
    private readonly completion: AgreementCompletionService,
    private readonly views: AgreementViews,
  ) {}

  async upload(user: AuthUser, internshipId: string, file?: UploadedFile): Promise<AgreementView> {
    if (!file) throw new DocumentsException(DocumentsError.FileMissing, undefined, FILE_FIELD);
    if (file.size === 0) throw new DocumentsException(DocumentsError.FileEmpty, undefined, FILE_FIELD);
    if (detectContentType(file.buffer)?.contentType !== 'application/pdf') {
      throw new DocumentsException(
        DocumentsError.UnsupportedType,
        'A scanned agreement must be a PDF, whatever its name says',
        FILE_FIELD,
      );
    }
    // Refuse a caller or a state that cannot take the scan before anything is stored.
    await this.dataSource.transaction(async (manager) => this.pendingVersion(manager, user, internshipId));

    const key = DocumentStorage.newKey();
    await this.storage.put(key, file.buffer);
    try {
      await this.dataSource.transaction(async (manager) => {
        const version = await this.pendingVersion(manager, user, internshipId);
        const sha256 = createHash('sha256').update(file.buffer).digest('hex');
        await manager.update(
          AgreementVersion,
          { id: version.id },
          { scanStorageKey: key, scanSha256: sha256, scanSizeBytes: file.size, scanUploadedBy: user.id },
        );
        await this.audit.record(manager, {
          internshipId,
          action: 'agreement_scan_uploaded',
          source: 'api',
          actorId: user.id,
          stepKey: AGREEMENT_STEP,
          details: { version: version.version, sha256, sizeBytes: file.size },
        });
        await this.completion.complete(manager, version, 'scan', user.id);
      });
    } catch (error) {
      await this.storage
        .delete(key)
        .catch((e: Error) => this.logger.error(`could not remove ${key}: ${e.message}`, e.stack));
      throw error;
    }
    return this.views.of(this.dataSource.manager, internshipId);
  }

  private async pendingVersion(
    manager: Parameters<AgreementAccess['lockManaged']>[0],
    user: AuthUser,
    internshipId: string,
  ) {
    await this.access.lockManaged(manager, user, internshipId);
    const current = await manager.findOne(AgreementVersion, {
      where: { internshipId },
      order: { version: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current)
      throw new AgreementsException(AgreementsError.NotFound, 'Issue the agreement before uploading its scan');
    if (current.status !== 'pending') throw new AgreementsException(AgreementsError.NotPending);
    return current;
  }
}
