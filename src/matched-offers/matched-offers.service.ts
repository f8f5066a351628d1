import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page } from '../common/paging/page';
import { MatchedOfferView } from './dto/matched-offer.view';
import { LIVE_MATCHES_FROM, liveMatchesOf } from './live-matches';
import { StoredReason } from './query/match-why';

// One row per offer: the student's request it matches best.
const BEST_PER_OFFER = `
  SELECT DISTINCT ON (m.offer_id) m.offer_id, m.request_id, m.score, m.why, m.matched_at,
         o.title, o.company_id, c.name AS company_name, o.position, o.city, o.country_code,
         to_char(o.start_date, 'YYYY-MM-DD') AS start_date, o.duration_weeks, o.application_deadline, o.skills
    FROM ${LIVE_MATCHES_FROM}
   WHERE ${liveMatchesOf('$1')}
   ORDER BY m.offer_id, m.score DESC, m.matched_at`;

interface Row {
  offer_id: string;
  request_id: string;
  score: number;
  why: StoredReason[];
  matched_at: Date;
  title: string;
  company_id: string;
  company_name: string;
  position: string;
  city: string;
  country_code: string;
  start_date: string;
  duration_weeks: number;
  application_deadline: Date;
  skills: string[];
}

/** A student's matched offers, ranked: only offers still published, open and aimed at them. */
@Injectable()
export class MatchedOffersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser, page: PageQueryDto): Promise<Page<MatchedOfferView>> {
    const [rows, [{ total }]]: [Row[], Array<{ total: number }>] = await Promise.all([
      this.dataSource.query(
        `SELECT * FROM (${BEST_PER_OFFER}) best ORDER BY score DESC, matched_at DESC, offer_id LIMIT $2 OFFSET $3`,
        [user.id, page.limit, page.offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM (${BEST_PER_OFFER}) best`, [user.id]),
    ]);
    const items = rows.map((row) => ({
      offer: {
        id: row.offer_id,
        title: row.title,
        companyId: row.company_id,
        companyName: row.company_name,
        position: row.position,
        city: row.city,
        countryCode: row.country_code.trim(),
        startDate: row.start_date,
        durationWeeks: row.duration_weeks,
        applicationDeadline: row.application_deadline,
        skills: row.skills,
      },
      score: row.score,
      requestId: row.request_id,
      matchedAt: row.matched_at,
      why: row.why,
    }));
    return { items, total, limit: page.limit, offset: page.offset };
  }
}
