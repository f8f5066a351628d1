import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request → offers matching: the matches found (with their "why"), the work the search sync hands to the
 * matching, and what each student's digest e-mails have already announced.
 */
export class OfferMatches1764353700000 implements MigrationInterface {
  name = 'OfferMatches1764353700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer_matches (
        request_id uuid NOT NULL REFERENCES internship_requests(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        score real NOT NULL CHECK (score >= 0),
        why jsonb NOT NULL,
        matched_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, offer_id)
      )`);
    await q.query(`CREATE INDEX offer_matches_student_idx ON offer_matches (student_id, score DESC)`);
    await q.query(`CREATE INDEX offer_matches_offer_idx ON offer_matches (offer_id)`);

    // Requests and offers whose document has just been synced and must be matched again (kind + id, once).
    await q.query(`
      CREATE TABLE offer_match_queue (
        kind varchar(8) NOT NULL CHECK (kind IN ('request','offer')),
        entity_id uuid NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (kind, entity_id)
      )`);

    // An offer is announced to a student once, whatever request matched it.
    await q.query(`
      CREATE TABLE offer_match_mailings (
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        mailed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (student_id, offer_id)
      )`);
    // One row per student, locked while a digest is written: at most one digest per interval.
    await q.query(`
      CREATE TABLE offer_match_digests (
        student_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        last_sent_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_match_digests`);
    await q.query(`DROP TABLE offer_match_mailings`);
    await q.query(`DROP TABLE offer_match_queue`);
    await q.query(`DROP TABLE offer_matches`);
  }
}
