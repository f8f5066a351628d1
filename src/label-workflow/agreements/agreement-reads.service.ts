import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { AgreementAccess } from './agreement-access';
import { pdfNameOf } from './agreement-signing.service';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementViews } from './agreement-views';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { AgreementView } from './dto/agreement.view';

/** The internship's parties read the agreement: its versions, who signed when, the PDFs and scans. */
@Injectable()
export class AgreementReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly storage: DocumentStorage,
    private readonly views: AgreementViews,
  ) {}

  async get(user: AuthUser, internshipId: string): Promise<AgreementView> {
    await this.access.readable(this.dataSource.manager, user, internshipId);
    return this.views.of(this.dataSource.manager, internshipId);
  }

  async pdf(user: AuthUser, internshipId: string, version?: number): Promise<{ data: Buffer; fileName: string }> {
    const row = await this.version(user, internshipId, version);
    return { data: await this.storage.get(row.pdfStorageKey), fileName: pdfNameOf(row) };
  }

  async scan(user: AuthUser, internshipId: string, version?: number): Promise<{ data: Buffer; fileName: string }> {
    const row = await this.version(user, internshipId, version);
    if (!row.scanStorageKey) throw new AgreementsException(AgreementsError.NotFound, 'No scanned copy of this version');
    return {
      data: await this.storage.get(row.scanStorageKey),
      fileName: pdfNameOf(row).replace(/\.pdf$/, '-signee.pdf'),
    };
  }

  /** The asked version, or the latest. */
  private async version(user: AuthUser, internshipId: string, version?: number): Promise<AgreementVersion> {
    const manager = this.dataSource.manager;
    await this.access.readable(manager, user, internshipId);
    const row = await manager.findOne(AgreementVersion, {
      where: version === undefined ? { internshipId } : { internshipId, version },
      order: { version: 'DESC' },
    });
    if (!row) throw new AgreementsException(AgreementsError.NotFound);
    return row;
  }
}
