import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who in which company read which request or CV of a student, and when: the student sees it, and a company contact's
 * reads per day are capped. One row per reader, thing read and day (the platform's day, in Tunis).
 */
export class ProfileReads1764354300000 implements MigrationInterface {
  name = 'ProfileReads1764354300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profile_reads (
        id bigserial PRIMARY KEY,
        reader_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reader_name text NOT NULL,
        company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        company_name text NOT NULL,
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        request_id uuid REFERENCES internship_requests(id) ON DELETE SET NULL,
        document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
        subject_id uuid NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('request', 'cv', 'letter', 'other')),
        day date NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The same thing read again the same day counts once.
    await q.query('CREATE UNIQUE INDEX profile_reads_once_a_day ON profile_reads (reader_id, subject_id, day)');
    await q.query('CREATE INDEX profile_reads_student_idx ON profile_reads (student_id, read_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE profile_reads');
  }
}
