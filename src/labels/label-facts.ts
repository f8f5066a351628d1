import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { LabelCertificateView } from './dto/label.view';

interface Row {
  id: string;
  status: string;
  label_code: string | null;
  granted_on: string | null;
  civility: string | null;
  first_name: string;
  last_name: string;
  programme_name: string | null;
  university_name: string | null;
  company_name: string;
  company_city: string;
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  academic_year: string | null;
}

export interface InternshipLabel {
  internshipId: string;
  /** Null unless the internship holds the label. */
  certificate: LabelCertificateView | null;
}

/** Reads what a label certificate states, by internship or by verification code. The one place that decides it. */
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
    if (row.status !== 'labelled' || !row.label_code || !row.granted_on) return null;
    return {
      code: row.label_code,
      studentName: [row.civility, row.first_name, row.last_name].filter(Boolean).join(' '),
      programmeName: row.programme_name,
      universityName: row.university_name,
      companyName: row.company_name,
      companyCity: row.company_city,
      title: row.title ?? 'Stage',
      startDate: row.start_date,
      endDate: row.end_date,
      academicYear: row.academic_year,
      grantedOn: row.granted_on,
      verificationUrl: `${this.config.publicUrl}/labels/${encodeURIComponent(row.label_code)}`,
    };
  }
}

// Dates as text so they never shift through a JavaScript Date; the grant day is read in Tunis, the platform's home.
// The programme is the internship's, else the student's own.
const SELECT = `
  SELECT i.id, i.status, i.label_code,
         to_char(i.label_granted_at AT TIME ZONE 'Africa/Tunis', 'YYYY-MM-DD') AS granted_on,
         u.civility, u.first_name, u.last_name, p.name AS programme_name, un.name AS university_name,
         c.name AS company_name, c.city AS company_city, coalesce(i.title, o.title) AS title,
         i.start_date::text AS start_date, i.end_date::text AS end_date, i.academic_year
    FROM internships i
    JOIN users u ON u.id = i.student_id
    JOIN companies c ON c.id = i.company_id
    LEFT JOIN offers o ON o.id = i.offer_id
    LEFT JOIN student_profiles sp ON sp.user_id = i.student_id
    LEFT JOIN programmes p ON p.id = coalesce(i.programme_id, sp.programme_id)
    LEFT JOIN universities un ON un.id = p.university_id`;
