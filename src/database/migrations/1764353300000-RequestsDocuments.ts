import { MigrationInterface, QueryRunner } from 'typeorm';

/** Students' internship requests, their history of changes, and their documents (CV, letter, others). */
export class RequestsDocuments1764353300000 implements MigrationInterface {
  name = 'RequestsDocuments1764353300000';

  async up(q: QueryRunner): Promise<void> {
    // Programme, university and study year are read from student_profiles, never copied here.
    await q.query(`
      CREATE TABLE internship_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        title varchar(150) NOT NULL,
        message text NOT NULL DEFAULT '',
        keywords text[] NOT NULL DEFAULT '{}',
        wanted_nace_divisions char(2)[] NOT NULL DEFAULT '{}',
        wanted_countries char(2)[] NOT NULL DEFAULT '{}',
        wanted_cities text[] NOT NULL DEFAULT '{}',
        start_date date,
        duration_weeks smallint CHECK (duration_weeks BETWEEN 1 AND 52),
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        visible_to_companies boolean NOT NULL DEFAULT false,
        status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','archived')),
        -- Only grows: the search indexer uses it as the external version of the indexed profile.
        version bigint NOT NULL DEFAULT 1 CHECK (version > 0),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX internship_requests_student_idx ON internship_requests (student_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX internship_requests_visible_idx ON internship_requests (published_at DESC)
       WHERE status = 'published' AND visible_to_companies`,
    );

    await q.query(`
      CREATE TABLE request_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES internship_requests(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action varchar(32) NOT NULL,
        version bigint NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX request_history_request_idx ON request_history (request_id, id)`);

    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        request_id uuid REFERENCES internship_requests(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('cv','letter','other')),
        file_name varchar(160) NOT NULL,
        storage_key varchar(200) NOT NULL UNIQUE,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        content_type varchar(100) NOT NULL,
        text_status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (text_status IN ('pending','extracted','unreadable','encrypted','not_applicable')),
        text text,
        text_extracted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One current CV and one current letter per request; "other" documents may be several.
    await q.query(
      `CREATE UNIQUE INDEX documents_current_kind_key ON documents (request_id, kind) WHERE kind IN ('cv','letter')`,
    );
    await q.query(`CREATE INDEX documents_request_idx ON documents (request_id)`);
    await q.query(`CREATE INDEX documents_owner_idx ON documents (owner_id)`);
    // The worker's sweep looks for documents whose text extraction was never run.
    await q.query(`CREATE INDEX documents_pending_idx ON documents (created_at) WHERE text_status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents`);
    await q.query(`DROP TABLE request_history`);
    await q.query(`DROP TABLE internship_requests`);
  }
}
