import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { InternshipAudit } from '../internships/internship-audit';
import { AgreementAccess } from './agreement-access';
import { AgreementLinks } from './agreement-links';
import { assertOpen } from './agreement-open';
import { AGREEMENT_PARTIES, AGREEMENT_STEP } from './agreement-party';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementViews } from './agreement-views';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { AgreementView } from './dto/agreement.view';

/**
 * Re-sends the current version's links: each party that has not signed gets a fresh one-time link, which replaces
 * its previous one (lost, expired or not): the old token no longer matches anything.
 */
@Injectable()
export class AgreementRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly links: AgreementLinks,
    private readonly audit: InternshipAudit,
    private readonly views: AgreementViews,
  ) {}

  async remind(user: AuthUser, internshipId: string): Promise<AgreementView> {
    await this.dataSource.transaction(async (manager) => {
      assertOpen(await this.access.lockManaged(manager, user, internshipId));
      // The version's lock serialises this with signatures: a party signing meanwhile is not sent a link.
      const version = await manager.findOne(AgreementVersion, {
        where: { internshipId },
        order: { version: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!version)
        throw new AgreementsException(AgreementsError.NotFound, 'Issue the agreement before re-sending its links');
      if (version.status !== 'pending') throw new AgreementsException(AgreementsError.NotPending);
      const unsigned = (
        await manager.find(AgreementSignature, { where: { versionId: version.id, signedAt: IsNull() } })
      ).sort((a, b) => AGREEMENT_PARTIES.indexOf(a.party) - AGREEMENT_PARTIES.indexOf(b.party));
      const now = new Date();
      let expiresAt: Date | null = null;
      for (const signature of unsigned) {
        const link = this.links.create(now);
        expiresAt = link.expiresAt;
        await manager.update(
          AgreementSignature,
          { id: signature.id },
          { tokenHash: link.hash, expiresAt: link.expiresAt, usedAt: null },
        );
        await this.links.send(
          manager,
          'agreement_signature_reminder',
          version,
          { email: signature.email, name: signature.signerName, locale: signature.locale },
          link,
        );
      }
      await this.audit.record(manager, {
        internshipId,
        action: version.kind === 'amendment' ? 'agreement_amendment_links_resent' : 'agreement_links_resent',
        source: 'api',
        actorId: user.id,
        stepKey: AGREEMENT_STEP,
        details: {
          version: version.version,
          parties: unsigned.map((s) => s.party),
          previouslyExpired: unsigned.filter((s) => s.expiresAt <= now).map((s) => s.party),
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      });
    });
    return this.views.of(this.dataSource.manager, internshipId);
  }
}
