import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgreementChanges } from './agreement-content';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { AgreementChangeView, AgreementSignatureView, AgreementView, SignatureRequestView } from './dto/agreement.view';
import { AGREEMENT_PARTIES } from './agreement-party';

/** Builds the views of agreements: no e-mail address and no token ever leaves here. */
@Injectable()
export class AgreementViews {
  async of(manager: EntityManager, internshipId: string): Promise<AgreementView> {
    const versions = await manager.find(AgreementVersion, { where: { internshipId }, order: { version: 'ASC' } });
    if (versions.length === 0) throw new AgreementsException(AgreementsError.NotFound);
    const signatures = await manager
      .createQueryBuilder(AgreementSignature, 's')
      .where('s.version_id IN (:...ids)', { ids: versions.map((v) => v.id) })
      .getMany();
    const now = new Date();
    return {
      internshipId,
      currentVersion: versions[versions.length - 1].version,
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        kind: v.kind,
        status: v.status,
        createdAt: v.createdAt,
        signedAt: v.signedAt,
        completedVia: v.completedVia,
        hasScan: v.scanStorageKey !== null,
        startDate: v.content.startDate,
        endDate: v.content.endDate,
        changes: changeViews(v.changes),
        signatures: signatures
          .filter((s) => s.versionId === v.id)
          .sort((a, b) => AGREEMENT_PARTIES.indexOf(a.party) - AGREEMENT_PARTIES.indexOf(b.party))
          .map((s) => signatureView(s, v, now)),
      })),
    };
  }

  signatureRequest(signature: AgreementSignature, version: AgreementVersion, pdfUrl: string): SignatureRequestView {
    const c = version.content;
    return {
      party: signature.party,
      signerName: signature.signerName,
      version: version.version,
      kind: version.kind,
      title: c.title,
      studentName: c.student.name,
      companyName: c.company.name,
      universityName: c.university.name,
      programmeName: c.programme.name,
      startDate: c.startDate,
      endDate: c.endDate,
      companyTutorName: c.companyTutor?.name ?? null,
      academicTutorName: c.academicTutor?.name ?? null,
      changes: changeViews(version.changes),
      expiresAt: signature.expiresAt,
      signedAt: signature.signedAt,
      pdfUrl,
    };
  }
}

function signatureView(s: AgreementSignature, v: AgreementVersion, now: Date): AgreementSignatureView {
  let status: AgreementSignatureView['status'] = 'pending';
  if (s.signedAt) status = 'signed';
  else if (v.completedVia === 'scan') status = 'replaced_by_scan';
  else if (s.expiresAt <= now) status = 'expired';
  return {
    party: s.party,
    signerName: s.signerName,
    status,
    signedAt: s.signedAt,
    typedName: s.typedName,
    expiresAt: s.expiresAt,
  };
}

function changeViews(changes: AgreementChanges): AgreementChangeView[] {
  return Object.entries(changes).map(([field, change]) => ({ field, before: change.before, after: change.after }));
}
