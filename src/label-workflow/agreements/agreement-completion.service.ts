import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Internship } from '../internships/internship.entity';
import { InternshipStatus } from '../internships/internship-party';
import { InternshipStep } from '../steps/internship-step.entity';
import { InternshipAudit } from '../internships/internship-audit';
import { InternshipStepsService } from '../steps/internship-steps.service';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { internshipUpdateOf } from './agreement-content';
import { AGREEMENT_STEP, AgreementCompletion } from './agreement-party';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';

/**
 * What follows once a version stands signed by every party (all links signed, or a scan uploaded): the version is
 * closed, its unused links stop working, the original completes the workflow's `agreement` step, an amendment
 * finally changes the internship, and every party is e-mailed. Runs in the transaction of the last act.
 */
@Injectable()
export class AgreementCompletionService {
  constructor(
    private readonly audit: InternshipAudit,
    private readonly steps: InternshipStepsService,
    private readonly mail: MailOutboxService,
  ) {}

  async complete(
    manager: EntityManager,
    version: AgreementVersion,
    via: AgreementCompletion,
    actorId: string | null,
  ): Promise<void> {
    const now = new Date();
    await manager.update(AgreementVersion, { id: version.id }, { status: 'signed', signedAt: now, completedVia: via });
    await manager
      .createQueryBuilder()
      .update(AgreementSignature)
      .set({ usedAt: now })
      .where('version_id = :id AND used_at IS NULL', { id: version.id })
      .execute();
    await this.audit.record(manager, {
      internshipId: version.internshipId,
      action: version.kind === 'amendment' ? 'agreement_amendment_completed' : 'agreement_completed',
      source: 'system',
      stepKey: AGREEMENT_STEP,
      details: { version: version.version, via },
    });

    if (version.kind === 'original') {
      await this.completeStep(manager, version, via, actorId);
    } else {
      // An amendment changes the internship only now that every party agreed to it.
      const update = internshipUpdateOf(version.content, version.changes);
      await manager.update(Internship, { id: version.internshipId }, update);
      await this.audit.record(manager, {
        internshipId: version.internshipId,
        action: 'agreement_amendment_applied',
        source: 'system',
        stepKey: AGREEMENT_STEP,
        details: { version: version.version, changes: version.changes },
      });
      const internship = await manager.findOneByOrFail(Internship, { id: version.internshipId });
      if ((update.startDate !== undefined || update.endDate !== undefined) && internship.templateId) {
        await this.steps.redate(manager, internship);
      }
    }

    const signatures = await manager.find(AgreementSignature, { where: { versionId: version.id } });
    for (const signature of signatures) {
      await this.mail.enqueue(manager, {
        to: signature.email,
        template: 'agreement_signed',
        locale: signature.locale,
        params: {
          name: signature.signerName,
          studentName: version.content.student.name,
          companyName: version.content.company.name,
          internshipTitle: version.content.title,
          kind: version.kind,
          via,
        },
      });
    }
  }

  /**
   * Validates the workflow's `agreement` step: the original was issued as that step (a running internship, the step
   * open, its prerequisites validated), so a fully signed one validates it. The one exception is an internship that
   * stopped running while the signatures were pending (e.g. completed without this step where the template makes it
   * optional): the signature stands, and the audit says why the step was left.
   */
  private async completeStep(
    manager: EntityManager,
    version: AgreementVersion,
    via: AgreementCompletion,
    actorId: string | null,
  ) {
    const internship = await manager.findOneByOrFail(Internship, { id: version.internshipId });
    const step = await manager.findOneBy(InternshipStep, { internshipId: internship.id, stepKey: AGREEMENT_STEP });
    const reason =
      internship.status !== InternshipStatus.InProgress
        ? `internship ${internship.status}`
        : !step
          ? 'no agreement step in the workflow'
          : step.status === 'validated'
            ? 'step already validated'
            : null;
    if (reason) {
      await this.audit.record(manager, {
        internshipId: internship.id,
        action: 'agreement_step_left',
        source: 'system',
        stepKey: AGREEMENT_STEP,
        details: { version: version.version, reason },
      });
      return;
    }
    await this.steps.completeBySystem(
      manager,
      internship.id,
      AGREEMENT_STEP,
      { agreementVersionId: version.id, version: version.version, via },
      {
        id: actorId,
        label: via === 'scan' ? 'Convention signée (exemplaire numérisé)' : 'Convention signée par toutes les parties',
      },
    );
  }
}
