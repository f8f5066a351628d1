import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { Internship } from '../internships/internship.entity';
import { InternshipPartiesService } from '../internships/internship-parties.service';
import { InternshipParty } from '../internships/internship-party';
import { LabelCertificateView } from './dto/label.view';
import { renderLabelCertificate } from './label-certificate.writer';
import { normaliseLabelCode } from './label-code';
import { LabelFacts } from './label-facts';
import { LabelsError, LabelsException } from './labels.exception';

/** Who besides the student and the company's contacts may download the certificate: the internship's staff. */
const STAFF = [InternshipParty.AcademicTutor, InternshipParty.YearManager, InternshipParty.ProgrammeManager];

export interface CertificateFile {
  data: Buffer;
  fileName: string;
}

/** The label certificate (PDF) and the public verification of its code. */
@Injectable()
export class LabelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: LabelFacts,
    private readonly parties: InternshipPartiesService,
  ) {}

  /** The student, the active contacts of the host company and the internship's staff; 409 before the label. */
  async certificate(user: AuthUser, internshipId: string): Promise<CertificateFile> {
    await this.checkReader(user, internshipId);
    const label = await this.facts.ofInternship(internshipId);
    if (!label) throw new LabelsException(LabelsError.InternshipNotFound);
    if (!label.certificate) throw new LabelsException(LabelsError.NotGranted);
    return {
      data: await renderLabelCertificate(label.certificate),
      fileName: `label-semsem-stages-${label.certificate.code}.pdf`,
    };
  }

  /**
   * Public. Unknown and malformed codes get the same answer through the same path (a malformed one is looked up
   * as an empty code), so neither the body nor the timing tells them apart.
   */
  async verify(input: string): Promise<LabelCertificateView> {
    const label = await this.facts.ofCode(normaliseLabelCode(input) ?? '');
    if (!label) throw new LabelsException(LabelsError.UnknownCode);
    return label;
  }

  private async checkReader(user: AuthUser, internshipId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const internship = await manager.findOneBy(Internship, { id: internshipId });
    if (!internship) throw new LabelsException(LabelsError.InternshipNotFound);
    if (internship.studentId === user.id) return;
    const [{ contact }] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM company_memberships
                       WHERE user_id = $1 AND company_id = $2 AND status = 'active') AS contact`,
      [user.id, internship.companyId],
    )) as Array<{ contact: boolean }>;
    if (contact) return;
    const parts = await this.parties.partsOf(manager, internship, user.id);
    if (!parts.some((part) => STAFF.includes(part))) throw new LabelsException(LabelsError.InternshipNotFound);
  }
}
