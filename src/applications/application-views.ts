import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Application } from './application.entity';
import { ApplicationDocumentRole } from './application-status';
import { ApplicationDocumentView, ApplicationView } from './dto/application.view';

interface Context {
  offer_id: string;
  title: string;
  company_name: string;
  student_id: string;
  civility: string | null;
  first_name: string;
  last_name: string;
  study_year: number | null;
  programme_name: string | null;
  university_name: string | null;
}

/** Turns applications into what the API answers: with their offer, student (no e-mail), files and internship. */
@Injectable()
export class ApplicationViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async many(applications: Application[]): Promise<ApplicationView[]> {
    if (applications.length === 0) return [];
    const ids = applications.map((a) => a.id);
    const [contexts, documents, internships] = await Promise.all([
      this.contexts(ids),
      this.documents(ids),
      this.internships(ids),
    ]);
    return applications.map((a) => {
      const c = contexts.get(a.id)!;
      return {
        id: a.id,
        createdAt: a.createdAt,
        offer: { id: a.offerId, title: c.title, companyId: a.companyId, companyName: c.company_name },
        student: {
          id: a.studentId,
          civility: c.civility,
          firstName: c.first_name,
          lastName: c.last_name,
          studyYear: c.study_year,
          programmeName: c.programme_name,
          universityName: c.university_name,
        },
        requestId: a.requestId,
        message: a.message,
        status: a.status,
        statusChangedAt: a.statusChangedAt,
        respondBy: a.respondBy,
        respondedAt: a.respondedAt,
        documents: documents.get(a.id) ?? [],
        internshipId: internships.get(a.id) ?? null,
      };
    });
  }

  async one(application: Application): Promise<ApplicationView> {
    return (await this.many([application]))[0];
  }

  private async contexts(ids: string[]): Promise<Map<string, Context>> {
    const rows: Array<Context & { id: string }> = await this.dataSource.query(
      `SELECT a.id, o.id AS offer_id, o.title, c.name AS company_name, u.id AS student_id, u.civility, u.first_name,
              u.last_name, sp.study_year, p.name AS programme_name, un.name AS university_name
         FROM applications a
         JOIN offers o ON o.id = a.offer_id
         JOIN companies c ON c.id = a.company_id
         JOIN users u ON u.id = a.student_id
         LEFT JOIN student_profiles sp ON sp.user_id = u.id
         LEFT JOIN programmes p ON p.id = sp.programme_id
         LEFT JOIN universities un ON un.id = p.university_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async documents(ids: string[]): Promise<Map<string, ApplicationDocumentView[]>> {
    const rows: Array<
      ApplicationDocumentView & { application_id: string; size_bytes: number; file_name: string; content_type: string }
    > = await this.dataSource.query(
      `SELECT ad.application_id, d.id, ad.role, d.file_name, d.content_type, d.size_bytes
           FROM application_documents ad JOIN documents d ON d.id = ad.document_id
          WHERE ad.application_id = ANY($1::uuid[])
          ORDER BY ad.application_id, ad.position`,
      [ids],
    );
    const byApplication = new Map<string, ApplicationDocumentView[]>();
    for (const row of rows) {
      const list = byApplication.get(row.application_id) ?? [];
      list.push({
        id: row.id,
        role: row.role as ApplicationDocumentRole,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
      });
      byApplication.set(row.application_id, list);
    }
    return byApplication;
  }

  private async internships(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; application_id: string }> = await this.dataSource.query(
      'SELECT id, application_id FROM internships WHERE application_id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.application_id, row.id]));
  }
}
