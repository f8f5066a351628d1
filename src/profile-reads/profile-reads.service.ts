import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { AppConfig } from '../config/app-config';
import { ProfileReadView } from './dto/profile-read.view';
import { ProfileReadsError, ProfileReadsException } from './profile-reads.exception';

/** What a company contact read: a request, or one document of a student. */
export interface ProfileReadSubject {
  studentId: string;
  requestId: string | null;
  documentId: string | null;
  kind: ProfileReadView['kind'];
}

// The platform's day: reads are counted, and the cap resets, at midnight in Tunis.
const TODAY = `(now() AT TIME ZONE 'Africa/Tunis')::date`;

/**
 * The log of company contacts' reads of students' requests and CVs, and its daily cap. A read is recorded before
 * the data is handed out; the same thing read again the same day counts once; past the cap the read is refused.
 * Reads by the student, university staff or admins are not logged: they are not the company side.
 */
@Injectable()
export class ProfileReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async record(user: AuthUser, subject: ProfileReadSubject): Promise<void> {
    if (user.role !== Role.CompanyContact || subject.studentId === user.id) return;
    const cap = this.config.profileReads.perDay;
    await this.dataSource.transaction(async (manager) => {
      // One reader's reads are counted one at a time: two parallel downloads cannot both take the last place.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`profile-reads:${user.id}`]);
      const [today] = (await manager.query(
        `SELECT count(*)::int AS reads, bool_or(subject_id = $2) AS again,
                ceil(extract(epoch FROM (date_trunc('day', now() AT TIME ZONE 'Africa/Tunis') + interval '1 day'
                                         - (now() AT TIME ZONE 'Africa/Tunis'))))::int AS seconds_left
           FROM profile_reads WHERE reader_id = $1 AND day = ${TODAY}`,
        [user.id, subject.documentId ?? subject.requestId],
      )) as Array<{ reads: number; again: boolean | null; seconds_left: number }>;
      if (today.again) return;
      if (today.reads >= cap)
        throw new ProfileReadsException(ProfileReadsError.DailyCapReached, cap, Math.max(1, today.seconds_left));
      await manager.query(
        `INSERT INTO profile_reads (reader_id, reader_name, company_id, company_name, student_id, request_id, document_id,
                                    subject_id, kind, day)
         SELECT u.id, u.first_name || ' ' || u.last_name, c.id, c.name, $2, $3, $4, $5, $6, ${TODAY}
           FROM users u
           JOIN company_memberships m ON m.user_id = u.id AND m.status = 'active'
           JOIN companies c ON c.id = m.company_id
          WHERE u.id = $1
         ON CONFLICT DO NOTHING`,
        [
          user.id,
          subject.studentId,
          subject.requestId,
          subject.documentId,
          subject.documentId ?? subject.requestId,
          subject.kind,
        ],
      );
    });
  }

  /** "Qui a consulté mon profil": the student's own log, newest first. */
  async mine(user: AuthUser, page: PageQueryDto): Promise<Page<ProfileReadView>> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT p.read_at AS at, p.company_name AS "companyName", p.reader_name AS "readerName", p.kind,
                p.request_id AS "requestId", r.title AS "requestTitle", p.document_id AS "documentId"
           FROM profile_reads p LEFT JOIN internship_requests r ON r.id = p.request_id
          WHERE p.student_id = $1 ORDER BY p.read_at DESC, p.id DESC LIMIT $2 OFFSET $3`,
        [user.id, page.limit, page.offset],
      ) as Promise<ProfileReadView[]>,
      this.dataSource.query('SELECT count(*)::int AS total FROM profile_reads WHERE student_id = $1', [
        user.id,
      ]) as Promise<Array<{ total: number }>>,
    ]);
    return { items: rows, total, limit: page.limit, offset: page.offset };
  }
}
