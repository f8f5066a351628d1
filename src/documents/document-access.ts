import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { ApplicationFacts } from '../application-facts/application-facts.service';
import { AuthUser } from '../common/auth/auth-user';
import { InternshipRequest } from '../requests/internship-request.entity';
import { approvedCompanyContact, staffFollowsStudent, visibleToCompanies } from '../requests/request-read-scope';
import { DocumentKind } from './document-kind';
import { DocumentsError, DocumentsException } from './documents.exception';
import { StudentDocument } from './student-document.entity';

/** What a company may read of a student's documents: the CV and the letter, never the "other" documents. */
export const KINDS_SHOWN_TO_COMPANIES: readonly DocumentKind[] = [DocumentKind.Cv, DocumentKind.Letter];

/**
 * Who may read a document (its metadata and its file). Its student always; staff when they may read the student's
 * requests; a company contact with an active membership when the student sent it with an application to one of
 * the company's offers (any kind: the student chose to send it), or when it is the CV or letter of a request
 * published and visible to companies. Everyone else gets "not found".
 */
@Injectable()
export class DocumentAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationFacts,
  ) {}

  async findReadable(user: AuthUser, id: string): Promise<StudentDocument> {
    const document = await this.dataSource.getRepository(StudentDocument).findOneBy({ id });
    if (!document || !(await this.mayRead(user, document))) throw new DocumentsException(DocumentsError.NotFound);
    return document;
  }

  /** The documents of a request the caller may read, as far as the caller may see them. */
  kindsVisibleTo(user: AuthUser): readonly DocumentKind[] {
    return user.role === Role.CompanyContact ? KINDS_SHOWN_TO_COMPANIES : Object.values(DocumentKind);
  }

  private async mayRead(user: AuthUser, document: StudentDocument): Promise<boolean> {
    if (document.ownerId === user.id) return true;
    switch (user.role) {
      case Role.Admin:
        return true;
      case Role.ProgrammeManager:
      case Role.YearManager:
        return this.exists(staffFollowsStudent(user.role, '$1::uuid', '$2::uuid'), [document.ownerId, user.id]);
      case Role.CompanyContact:
        if (await this.applications.documentSentToCompanyOf(user.id, document.id)) return true;
        if (!KINDS_SHOWN_TO_COMPANIES.includes(document.kind)) return false;
        return this.requestVisibleToCompany(user, document.requestId);
      case Role.Student:
      case Role.AcademicTutor:
        return false;
      default: {
        const unhandled: never = user.role;
        throw new Error(`no document access rule for role ${String(unhandled)}`);
      }
    }
  }

  private async requestVisibleToCompany(user: AuthUser, requestId: string | null): Promise<boolean> {
    if (!requestId) return false;
    return this.dataSource
      .createQueryBuilder(InternshipRequest, 'r')
      .where('r.id = :requestId', { requestId })
      .andWhere(visibleToCompanies('r'))
      .andWhere(approvedCompanyContact(':userId'), { userId: user.id })
      .getExists();
  }

  private async exists(condition: string, params: unknown[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 WHERE ${condition}`, params);
    return rows.length > 0;
  }
}
