import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Internship journals ("journaux de stage"): dated entries by the student, comments by the tutors. An entry that
 * reports a difficulty is flagged (derived from the text, so the flag can never disagree with it).
 */
export class Journals1764354000000 implements MigrationInterface {
  name = 'Journals1764354000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE internship_journal_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        internship_id uuid NOT NULL REFERENCES internships(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        entry_date date NOT NULL,
        tasks text NOT NULL CHECK (length(tasks) BETWEEN 1 AND 10000),
        difficulties text NOT NULL DEFAULT '' CHECK (length(difficulties) <= 10000),
        hours numeric(4,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
        flagged boolean GENERATED ALWAYS AS (btrim(difficulties) <> '') STORED,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The journal is read newest first, per internship.
    await q.query(`
      CREATE INDEX internship_journal_entries_idx
        ON internship_journal_entries (internship_id, entry_date DESC, created_at DESC)`);
    await q.query(`
      CREATE TABLE internship_journal_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES internship_journal_entries(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_role varchar(20) NOT NULL CHECK (author_role IN ('company_tutor','academic_tutor')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX internship_journal_comments_entry_idx ON internship_journal_comments (entry_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE internship_journal_comments`);
    await q.query(`DROP TABLE internship_journal_entries`);
  }
}
