import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Locale } from '../common/i18n/locale';
import { AppConfig } from '../config/app-config';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { StoredReason } from './query/match-why';
import { CRITERION_LABELS } from './match-labels';
import { LIVE_MATCHES_FROM, liveMatchesOf } from './live-matches';

interface DigestOffer {
  offer_id: string;
  title: string;
  company_name: string;
  city: string;
  country_code: string;
  score: number;
  why: StoredReason[];
}

/**
 * E-mails each student the offers newly matched to their requests: at most one digest per
 * MATCH_DIGEST_INTERVAL_HOURS, and never the same offer twice. The mail, the offers it announces and the time
 * of the digest are written in one transaction, so a crash cannot send without recording or the reverse.
 */
@Injectable()
export class MatchDigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailOutboxService,
    private readonly config: AppConfig,
  ) {}

  /** Sends every digest that is due; returns how many were written. Safe to run from several workers. */
  async sendDue(): Promise<number> {
    const students: Array<{ student_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT m.student_id FROM offer_matches m
         LEFT JOIN offer_match_digests d ON d.student_id = m.student_id
        WHERE (d.last_sent_at IS NULL OR d.last_sent_at <= now() - make_interval(hours => $1))
          AND NOT EXISTS (SELECT 1 FROM offer_match_mailings x WHERE x.student_id = m.student_id AND x.offer_id = m.offer_id)`,
      [this.config.matchedOffers.digestIntervalHours],
    );
    let sent = 0;
    for (const { student_id } of students) if (await this.sendTo(student_id)) sent++;
    return sent;
  }

  private sendTo(studentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // The student's digest row is the lock: two workers never write two digests for one student.
      await manager.query(`INSERT INTO offer_match_digests (student_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
        studentId,
      ]);
      const [due] = await manager.query(
        `SELECT 1 FROM offer_match_digests d JOIN users u ON u.id = d.student_id AND u.disabled_at IS NULL
          WHERE d.student_id = $1 AND (d.last_sent_at IS NULL OR d.last_sent_at <= now() - make_interval(hours => $2))
          FOR UPDATE OF d`,
        [studentId, this.config.matchedOffers.digestIntervalHours],
      );
      if (!due) return false;
      const offers = await this.newOffers(manager, studentId);
      if (offers.length === 0) return false;
      await manager.query(`INSERT INTO offer_match_mailings (student_id, offer_id) SELECT $1, unnest($2::uuid[])`, [
        studentId,
        offers.map((offer) => offer.offer_id),
      ]);
      await manager.query(`UPDATE offer_match_digests SET last_sent_at = now() WHERE student_id = $1`, [studentId]);
      const [user]: Array<{ email: string; first_name: string; locale: Locale }> = await manager.query(
        `SELECT email, first_name, locale FROM users WHERE id = $1`,
        [studentId],
      );
      await this.mail.enqueue(manager, {
        to: user.email,
        template: 'matched_offers_digest',
        locale: user.locale,
        params: {
          firstName: user.first_name,
          count: String(offers.length),
          offerList: offers.map((offer) => describe(offer, user.locale)).join('\n'),
          link: `${this.config.publicUrl}/me/matched-offers`,
        },
      });
      return true;
    });
  }

  /** The student's live matches never mailed, best first (one line per offer, its best request's why). */
  private async newOffers(manager: EntityManager, studentId: string): Promise<DigestOffer[]> {
    const rows: DigestOffer[] = await manager.query(
      `SELECT DISTINCT ON (m.offer_id) m.offer_id, o.title, c.name AS company_name, o.city, o.country_code, m.score, m.why
         FROM ${LIVE_MATCHES_FROM}
        WHERE ${liveMatchesOf('$1')}
          AND NOT EXISTS (SELECT 1 FROM offer_match_mailings x WHERE x.student_id = m.student_id AND x.offer_id = m.offer_id)
        ORDER BY m.offer_id, m.score DESC`,
      [studentId],
    );
    // At most MATCHING_DIGEST_SIZE, best first; the others wait for the next digest.
    return rows
      .sort((a, b) => b.score - a.score || a.offer_id.localeCompare(b.offer_id))
      .slice(0, this.config.matching.digestSize);
  }
}

/** "• Title — Company, City (CC) · pourquoi : secteur (62), compétences (TypeScript)". */
function describe(offer: DigestOffer, locale: Locale): string {
  const labels = CRITERION_LABELS[locale];
  const reasons = offer.why
    // A match recorded before the shared matching may still name an old criterion ("place"): shown as stored.
    .map((reason) => [labels[reason.criterion] ?? reason.criterion, reason.matched] as const)
    .map(([label, matched]) => (matched.length > 0 ? `${label} (${matched.join(', ')})` : label))
    .join(', ');
  const why = locale === 'fr' ? 'pourquoi :' : 'why:';
  return `• ${offer.title} — ${offer.company_name}, ${offer.city} (${offer.country_code.trim()}) · ${why} ${reasons}`;
}
