import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { LabelSnapshot } from './label-snapshot';
import { LabelCertificateView } from './dto/label.view';

interface Row {
  id: string;
  status: string;
  label_code: string | null;
  label_facts: LabelSnapshot | null;
}

export interface InternshipLabel {
  internshipId: string;
  /** Null unless the internship holds the label. */
  certificate: LabelCertificateView | null;
}

/** Reads what a label certificate states, by internship or by verification code, from the facts frozen at grant. */
@Injectable()
export class LabelFacts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async ofInternship(internshipId: string): Promise<InternshipLabel | null> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE i.id = $1`, [internshipId])) as Row[];
    return row ? { internshipId: row.id, certificate: this.certificate(row) } : null;
  }

  /** The certificate of a granted label by its canonical code; null for any other code. */
  async ofCode(code: string): Promise<LabelCertificateView | null> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE i.label_code = $1 AND i.status = 'labelled'`, [
      code,
    ])) as Row[];
    return row ? this.certificate(row) : null;
  }

  private certificate(row: Row): LabelCertificateView | null {
    const facts = row.label_facts;
    if (row.status !== 'labelled' || !row.label_code || !facts) return null;
    return {
      code: row.label_code,
      studentName: [facts.civility, facts.firstName, facts.lastName].filter(Boolean).join(' '),
      programmeName: facts.programmeName,
      universityName: facts.universityName,
      companyName: facts.companyName,
      companyCity: facts.companyCity,
      title: facts.title ?? 'Stage',
      startDate: facts.startDate,
      endDate: facts.endDate,
      academicYear: facts.academicYear,
      grantedOn: facts.grantedOn,
      verificationUrl: `${this.config.publicUrl}/labels/${encodeURIComponent(row.label_code)}`,
    };
  }
}

// The facts as frozen at grant time (label-snapshot.ts), never today's names.
const SELECT = 'SELECT i.id, i.status, i.label_code, i.label_facts FROM internships i';
