import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { Internship } from '../internships/internship.entity';
import { AgreementChanges, AgreementContent } from './agreement-content';
import { AgreementFacts } from './agreement-facts.service';
import { AgreementLinks } from './agreement-links';
import { AgreementKind } from './agreement-party';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';
import { renderAgreementPdf } from './pdf/agreement-pdf.writer';

export interface NewVersion {
  internship: Internship;
  kind: AgreementKind;
  previous: AgreementVersion | null;
  content: AgreementContent;
  changes: AgreementChanges;
  createdBy: string;
}

/**
 * Writes a version: renders and stores its PDF, then the row, one signature link per party and their e-mails, in
 * the caller's transaction. The stored PDF's key is handed to `stored` first, so the caller can remove the file if
 * the transaction fails.
 */
@Injectable()
export class AgreementVersionsWriter {
  constructor(
    private readonly facts: AgreementFacts,
    private readonly storage: DocumentStorage,
    private readonly links: AgreementLinks,
  ) {}

  async write(manager: EntityManager, next: NewVersion, stored: (key: string) => void): Promise<AgreementVersion> {
    const signers = await this.facts.signersOf(manager, next.internship, next.content);
    const version = (next.previous?.version ?? 0) + 1;
    const issuedAt = new Date();
    const pdf = await renderAgreementPdf({
      kind: next.kind,
      version,
      previousVersion: next.previous?.version ?? null,
      issuedAt,
      content: next.content,
      changes: next.changes,
    });
    const key = DocumentStorage.newKey(issuedAt);
    await this.storage.put(key, pdf);
    stored(key);
    const row = await manager.save(
      manager.create(AgreementVersion, {
        internshipId: next.internship.id,
        version,
        kind: next.kind,
        previousId: next.previous?.id ?? null,
        status: 'pending',
        content: next.content,
        changes: next.changes,
        pdfStorageKey: key,
        pdfSha256: createHash('sha256').update(pdf).digest('hex'),
        pdfSizeBytes: pdf.length,
        createdBy: next.createdBy,
      }),
    );
    for (const signer of signers) {
      const link = this.links.create(issuedAt);
      await manager.insert(AgreementSignature, {
        versionId: row.id,
        party: signer.party,
        userId: signer.userId,
        email: signer.email,
        signerName: signer.name,
        locale: signer.locale,
        tokenHash: link.hash,
        expiresAt: link.expiresAt,
      });
      await this.links.send(manager, 'agreement_signature_request', next, signer, link);
    }
    return row;
  }
}
