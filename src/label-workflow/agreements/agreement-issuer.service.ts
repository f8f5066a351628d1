import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { Internship } from '../internships/internship.entity';
import { InternshipAudit } from '../internships/internship-audit';
import { AgreementAccess } from './agreement-access';
import { assertOpen } from './agreement-open';
import { AgreementAmendment, amend } from './agreement-content';
import { AgreementFacts } from './agreement-facts.service';
import { AGREEMENT_STEP } from './agreement-party';
import { AgreementStep } from './agreement-step';
import { AgreementVersion } from './agreement-version.entity';
import { AgreementVersionsWriter } from './agreement-versions.writer';
import { AgreementViews } from './agreement-views';
import { AgreementsError, AgreementsException } from './agreements.exception';
import { AgreementView } from './dto/agreement.view';
import { AmendmentDto } from './dto/amendment.dto';

/**
 * The programme manager issues the agreement (performing the workflow's `agreement` step), then amendments; each
 * version goes out for signature by e-mail.
 */
@Injectable()
export class AgreementIssuerService {
  private readonly logger = new Logger(AgreementIssuerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly facts: AgreementFacts,
    private readonly step: AgreementStep,
    private readonly writer: AgreementVersionsWriter,
    private readonly audit: InternshipAudit,
    private readonly storage: DocumentStorage,
    private readonly views: AgreementViews,
  ) {}

  async issue(user: AuthUser, internshipId: string): Promise<AgreementView> {
    await this.withStoredPdf((manager, stored) => this.issueIn(manager, user, internshipId, stored));
    return this.views.of(this.dataSource.manager, internshipId);
  }

  async amend(user: AuthUser, internshipId: string, dto: AmendmentDto): Promise<AgreementView> {
    await this.withStoredPdf((manager, stored) => this.amendIn(manager, user, internshipId, dto, stored));
    return this.views.of(this.dataSource.manager, internshipId);
  }

  private async issueIn(manager: EntityManager, user: AuthUser, internshipId: string, stored: (key: string) => void) {
    const internship = await this.access.lockManaged(manager, user, internshipId);
    if (await manager.exists(AgreementVersion, { where: { internshipId } })) {
      throw new AgreementsException(AgreementsError.AlreadyIssued);
    }
    await this.step.assertReady(manager, internship);
    const content = await this.facts.contentOf(manager, internship);
    const version = await this.writer.write(
      manager,
      { internship, kind: 'original', previous: null, content, changes: {}, createdBy: user.id },
      stored,
    );
    await this.step.markIssued(manager, internship, user.id);
    await this.audit.record(manager, {
      internshipId,
      action: 'agreement_issued',
      source: 'api',
      actorId: user.id,
      stepKey: AGREEMENT_STEP,
      details: { version: version.version, sha256: version.pdfSha256 },
    });
  }

  private async amendIn(
    manager: EntityManager,
    user: AuthUser,
    internshipId: string,
    dto: AmendmentDto,
    stored: (key: string) => void,
  ) {
    const internship = await this.access.lockManaged(manager, user, internshipId);
    assertOpen(internship);
    const current = await manager.findOne(AgreementVersion, { where: { internshipId }, order: { version: 'DESC' } });
    if (!current) throw new AgreementsException(AgreementsError.NotFound, 'Issue the agreement before amending it');
    if (current.status === 'pending') throw new AgreementsException(AgreementsError.Pending);

    const { content, changes } = amend(current.content, await this.amendmentOf(manager, internship, dto));
    if (Object.keys(changes).length === 0) throw new AgreementsException(AgreementsError.NothingToAmend);
    if (content.startDate && content.endDate && content.endDate < content.startDate) {
      throw new AgreementsException(AgreementsError.InvalidDates, undefined, dto.endDate ? 'endDate' : 'startDate');
    }
    const version = await this.writer.write(
      manager,
      { internship, kind: 'amendment', previous: current, content, changes, createdBy: user.id },
      stored,
    );
    await this.audit.record(manager, {
      internshipId,
      action: 'agreement_amendment_issued',
      source: 'api',
      actorId: user.id,
      stepKey: AGREEMENT_STEP,
      details: { version: version.version, previousVersion: current.version, changes, reason: dto.reason ?? null },
    });
  }

  private async amendmentOf(
    manager: EntityManager,
    internship: Internship,
    dto: AmendmentDto,
  ): Promise<AgreementAmendment> {
    return {
      startDate: dto.startDate,
      endDate: dto.endDate,
      companyTutor: dto.companyTutorId
        ? await this.facts.companyTutor(manager, internship, dto.companyTutorId)
        : undefined,
      academicTutor: dto.academicTutorId
        ? await this.facts.academicTutor(manager, dto.academicTutorId, internship)
        : undefined,
    };
  }

  /** Runs `work` in a transaction; a PDF it stored is removed again if the transaction fails. */
  private async withStoredPdf(work: (manager: EntityManager, stored: (key: string) => void) => Promise<void>) {
    const keys: string[] = [];
    try {
      await this.dataSource.transaction((manager) => work(manager, (key) => keys.push(key)));
    } catch (error) {
      for (const key of keys) {
        await this.storage
          .delete(key)
          .catch((e: Error) => this.logger.error(`could not remove ${key}: ${e.message}`, e.stack));
      }
      throw error;
    }
  }
}
