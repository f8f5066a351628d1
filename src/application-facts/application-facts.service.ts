import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ResponseRateView } from './response-rate.view';

/** The window of applications a company's response rate looks at. */
export const RESPONSE_RATE_WINDOW_DAYS = 365;

/**
 * What other modules ask about applications, without their routes: whether a document reached a company through
 * an application (documents), and companies' response rates (offers). Read-only.
 */
@Injectable()
export class ApplicationFacts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The document was sent with an application to an offer of a company the user is an active contact of. */
  async documentSentToCompanyOf(companyContactId: string, documentId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM application_documents ad
         JOIN applications a ON a.id = ad.application_id
         JOIN company_memberships m ON m.company_id = a.company_id AND m.user_id = $1 AND m.status = 'active'
        WHERE ad.document_id = $2
        LIMIT 1`,
      [companyContactId, documentId],
    );
    return rows.length > 0;
  }

  /**
   * Per company: of its applications of the last RESPONSE_RATE_WINDOW_DAYS days that were answered or whose
   * response deadline has passed, the share answered by the deadline. Companies without such applications have no
   * rate yet (absent from the map).
   */
  async responseRates(companyIds: string[]): Promise<Map<string, ResponseRateView>> {
    if (companyIds.length === 0) return new Map();
    const rows: Array<{ company_id: string; on_time: number; counted: number }> = await this.dataSource.query(
      `SELECT company_id,
              (count(*) FILTER (WHERE responded_at IS NOT NULL AND responded_at <= respond_by))::int AS on_time,
              count(*)::int AS counted
         FROM applications
        WHERE company_id = ANY($1::uuid[])
          AND created_at > now() - make_interval(days => $2)
          AND (responded_at IS NOT NULL OR respond_by <= now())
        GROUP BY company_id`,
      [companyIds, RESPONSE_RATE_WINDOW_DAYS],
    );
    return new Map(
      rows.map((row) => [
        row.company_id,
        {
          rate: Math.round((row.on_time / row.counted) * 100) / 100,
          answeredOnTime: row.on_time,
          counted: row.counted,
        },
      ]),
    );
  }
}
