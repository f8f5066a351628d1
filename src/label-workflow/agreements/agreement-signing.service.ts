import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hashOpaqueToken } from '../../accounts/opaque-token';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { InternshipAudit } from '../internships/internship-audit';
import { AgreementCompletionService } from './agreement-completion.service';
import { AGREEMENT_STEP } from './agreement-party';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementViews } from './agreement-views';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { ClientInfo } from './client-info.decorator';
import { SignatureRequestView } from './dto/agreement.view';
import { SignAgreementDto } from './dto/sign.dto';
import { InternshipStatus } from '../internships/internship-party';

/** Signing through a one-time link: no account, the link alone authorises, once, until it expires. */
@Injectable()
export class AgreementSigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
    private readonly audit: InternshipAudit,
    private readonly completion: AgreementCompletionService,
    private readonly views: AgreementViews,
  ) {}

  async show(token: string): Promise<SignatureRequestView> {
    const { signature, version } = await this.usable(this.dataSource.manager, token);
    return this.views.signatureRequest(signature, version, pdfUrlOf(token));
  }

  /** The PDF to read before signing. */
  async pdf(token: string): Promise<{ data: Buffer; fileName: string }> {
    const { version } = await this.usable(this.dataSource.manager, token);
    return { data: await this.storage.get(version.pdfStorageKey), fileName: pdfNameOf(version) };
  }

  async sign(token: string, dto: SignAgreementDto, client: ClientInfo): Promise<SignatureRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.usable(manager, token);
      // The version's lock serialises its signatures, so exactly one signer sees the last one and completes it.
      const version = await manager.findOneOrFail(AgreementVersion, {
        where: { id: found.version.id },
        lock: { mode: 'pessimistic_write' },
      });
      const { signature } = await this.usable(manager, token, true);
      const now = new Date();
      const typedName = dto.name.replace(/\s+/g, ' ').trim();
      await manager.update(AgreementSignature, { id: signature.id }, { usedAt: now, signedAt: now, typedName });
      await this.audit.record(manager, {
        internshipId: version.internshipId,
        action: version.kind === 'amendment' ? 'agreement_amendment_signed' : 'agreement_signed',
        source: 'link',
        actorId: signature.userId,
        actorLabel: `${typedName} (${signature.party})`,
        stepKey: AGREEMENT_STEP,
        details: {
          version: version.version,
          party: signature.party,
          signerName: signature.signerName,
          typedName,
          ip: client.ip,
          userAgent: client.userAgent,
        },
      });
      const unsigned = await manager
        .createQueryBuilder(AgreementSignature, 's')
        .where('s.version_id = :id AND s.signed_at IS NULL', { id: version.id })
        .getCount();
      if (unsigned === 0) await this.completion.complete(manager, version, 'signatures', null);
      return this.views.signatureRequest(
        { ...signature, usedAt: now, signedAt: now, typedName },
        version,
        pdfUrlOf(token),
      );
    });
  }

  /** The link's signature and version, if the link may still be used: 404 unknown, 410 used, expired or cancelled. */
  private async usable(
    manager: EntityManager,
    token: string,
    forUpdate = false,
  ): Promise<{ signature: AgreementSignature; version: AgreementVersion }> {
    const builder = manager
      .createQueryBuilder(AgreementSignature, 's')
      .where('s.token_hash = :hash', { hash: hashOpaqueToken(token) });
    if (forUpdate) builder.setLock('pessimistic_write');
    const signature = await builder.getOne();
    if (!signature) throw new AgreementsException(AgreementsError.LinkUnknown);
    if (signature.usedAt) throw new AgreementsException(AgreementsError.LinkUsed);
    if (signature.expiresAt <= new Date()) throw new AgreementsException(AgreementsError.LinkExpired);
    const version = await manager.findOneByOrFail(AgreementVersion, { id: signature.versionId });
    const [internship] = (await manager.query('SELECT status FROM internships WHERE id = $1', [
      version.internshipId,
    ])) as Array<{
      status: string;
    }>;
    if (internship?.status === InternshipStatus.Cancelled) throw new AgreementsException(AgreementsError.LinkClosed);
    return { signature, version };
  }
}

function pdfUrlOf(token: string): string {
  return `/agreement-signatures/${token}/pdf`;
}

export function pdfNameOf(version: AgreementVersion): string {
  const what = version.kind === 'amendment' ? `avenant-${version.version - 1}` : 'convention-de-stage';
  return `${what}-${version.content.student.name}.pdf`;
}
