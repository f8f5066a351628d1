import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from '../../common/i18n/locale';
import { Internship } from '../internships/internship.entity';
import { AgreementContent, AgreementTutor } from './agreement-content';
import { AgreementParty } from './agreement-party';
import { AgreementsError, AgreementsException } from './agreements.exception';

/** Who receives a party's signature link. */
export interface AgreementSigner {
  party: AgreementParty;
  userId: string | null;
  email: string;
  name: string;
  locale: Locale;
}

interface PersonRow {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/** Reads what an agreement shows and who signs it, from the internship and its neighbours. */
@Injectable()
export class AgreementFacts {
  /** The snapshot of a new original agreement. */
  async contentOf(manager: EntityManager, internship: Internship): Promise<AgreementContent> {
    if (!internship.programmeId || !internship.startDate || !internship.endDate) {
      throw new AgreementsException(
        AgreementsError.IncompleteInternship,
        'The internship needs its programme and its start and end dates before its agreement is issued',
      );
    }
    const [row] = (await manager.query(
      `SELECT s.first_name || ' ' || s.last_name AS student_name,
              un.name AS university_name, un.city AS university_city, uc.name_fr AS university_country,
              p.name AS programme_name, m.first_name || ' ' || m.last_name AS manager_name,
              c.name AS company_name, c.city AS company_city, cc.name_fr AS company_country,
              c.address AS company_address, c.registration_number,
              o.title AS offer_title, o.mission, t.label_fr AS internship_type,
              o.allowance_amount, o.allowance_currency, o.allowance_period
         FROM internships i
         JOIN users s ON s.id = i.student_id
         JOIN programmes p ON p.id = i.programme_id
         JOIN universities un ON un.id = p.university_id
         JOIN countries uc ON uc.code = un.country_code
         LEFT JOIN users m ON m.id = p.manager_id
         JOIN companies c ON c.id = i.company_id
         JOIN countries cc ON cc.code = c.country_code
         LEFT JOIN offers o ON o.id = i.offer_id
         LEFT JOIN internship_types t ON t.code = o.internship_type
        WHERE i.id = $1`,
      [internship.id],
    )) as Array<Record<string, string | null>>;
    return {
      title: internship.title ?? row.offer_title ?? 'Stage',
      description: internship.description.trim() || (row.mission ?? ''),
      startDate: internship.startDate,
      endDate: internship.endDate,
      academicYear: internship.academicYear,
      internshipType: row.internship_type,
      student: { name: row.student_name!, studyYear: internship.studyYear },
      university: { name: row.university_name!, city: row.university_city!, country: row.university_country! },
      programme: { name: row.programme_name!, managerName: row.manager_name },
      company: {
        name: row.company_name!,
        city: row.company_city!,
        country: row.company_country!,
        address: row.company_address,
        registrationNumber: row.registration_number,
      },
      companyTutor: internship.companyTutorId
        ? await this.companyTutor(manager, internship, internship.companyTutorId)
        : null,
      academicTutor: internship.academicTutorId
        ? await this.academicTutor(manager, internship.academicTutorId, internship)
        : null,
      allowance:
        row.allowance_amount === null
          ? null
          : {
              amount: Number(row.allowance_amount),
              currency: row.allowance_currency!.trim(),
              period: row.allowance_period as 'month' | 'week' | 'total',
            },
    };
  }

  /** An active contact of the internship's company, as the agreement names them. */
  async companyTutor(manager: EntityManager, internship: Internship, userId: string): Promise<AgreementTutor> {
    const [row] = (await manager.query(
      `SELECT u.id, u.first_name || ' ' || u.last_name AS name, m.job_title
         FROM users u JOIN company_memberships m ON m.user_id = u.id
        WHERE u.id = $1 AND m.company_id = $2 AND m.status = 'active' AND u.disabled_at IS NULL`,
      [userId, internship.companyId],
    )) as Array<{ id: string; name: string; job_title: string | null }>;
    if (!row)
      throw new AgreementsException(
        AgreementsError.InvalidTutor,
        'The company tutor must be an active contact of the host company',
        'companyTutorId',
      );
    return { id: row.id, name: row.name, jobTitle: row.job_title };
  }

  /** An active academic tutor account of the student's university. */
  async academicTutor(manager: EntityManager, userId: string, internship: Internship): Promise<AgreementTutor> {
    const [row] = (await manager.query(
      `SELECT t.id, t.first_name || ' ' || t.last_name AS name FROM users t JOIN users s ON s.id = $2
        WHERE t.id = $1 AND t.role = 'academic_tutor' AND t.disabled_at IS NULL AND t.university_id = s.university_id`,
      [userId, internship.studentId],
    )) as Array<{ id: string; name: string }>;
    if (!row) {
      throw new AgreementsException(
        AgreementsError.InvalidTutor,
        'The academic tutor must be an active academic tutor of the student’s university',
        'academicTutorId',
      );
    }
    return { id: row.id, name: row.name, jobTitle: null };
  }

  /**
   * The student, the company (the tutor the content names while still an active contact, else the first active
   * contact) and the university (the programme manager).
   */
  async signersOf(
    manager: EntityManager,
    internship: Internship,
    content: AgreementContent,
  ): Promise<AgreementSigner[]> {
    const person = `SELECT u.id, u.email, u.first_name || ' ' || u.last_name AS name, u.locale FROM users u`;
    const [student] = (await manager.query(`${person} WHERE u.id = $1 AND u.disabled_at IS NULL`, [
      internship.studentId,
    ])) as PersonRow[];
    const [company] = (await manager.query(
      `${person} JOIN company_memberships m ON m.user_id = u.id
        WHERE m.company_id = $1 AND m.status = 'active' AND u.disabled_at IS NULL
        ORDER BY u.id = $2 DESC, m.created_at, u.created_at LIMIT 1`,
      [internship.companyId, content.companyTutor?.id ?? null],
    )) as PersonRow[];
    const [university] = (await manager.query(
      `${person} JOIN programmes p ON p.manager_id = u.id WHERE p.id = $1 AND u.disabled_at IS NULL`,
      [internship.programmeId],
    )) as PersonRow[];
    const missing = [
      !student && 'the student',
      !company && 'an active contact of the company',
      !university && 'a programme manager',
    ]
      .filter(Boolean)
      .join(', ');
    if (missing) {
      throw new AgreementsException(
        AgreementsError.IncompleteInternship,
        `Nobody can sign for every party: missing ${missing}`,
      );
    }
    return [
      { party: AgreementParty.Student, row: student },
      { party: AgreementParty.Company, row: company },
      { party: AgreementParty.University, row: university },
    ].map(({ party, row }) => ({ party, userId: row.id, email: row.email, name: row.name, locale: row.locale }));
  }
}
