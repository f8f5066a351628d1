import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications to offers ("candidatures"), the files sent with them, their events (status changes and messages
 * relayed between company and student), and the minimal internship record a selection creates.
 */
export class Applications1764353600000 implements MigrationInterface {
  name = 'Applications1764353600000';

  async up(q: QueryRunner): Promise<void> {
    // A document sent with an application is kept as sent: a later change to the request detaches it, never deletes it.
    await q.query(`ALTER TABLE documents ADD COLUMN sent_at timestamptz`);
    // Relayed messages carry the sender's address as Reply-To: the recipient's address stays hidden until they reply.
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN reply_to varchar(320)`);

    await q.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        request_id uuid REFERENCES internship_requests(id) ON DELETE SET NULL,
        message text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'received'
          CHECK (status IN ('received','read','shortlisted','interview','rejected','selected')),
        respond_by timestamptz NOT NULL,
        responded_at timestamptz,
        reminded_at timestamptz,
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_one_per_offer UNIQUE (offer_id, student_id)
      )`);
    await q.query(`CREATE INDEX applications_company_idx ON applications (company_id, created_at DESC)`);
    await q.query(`CREATE INDEX applications_offer_idx ON applications (offer_id, created_at DESC)`);
    await q.query(`CREATE INDEX applications_student_idx ON applications (student_id, created_at DESC)`);
    // The reminder sweep looks only at unanswered applications not yet reminded.
    await q.query(
      `CREATE INDEX applications_reminder_idx ON applications (respond_by) WHERE responded_at IS NULL AND reminded_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE application_documents (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        -- No cascade: a file sent with an application is never deleted while the application exists.
        document_id uuid NOT NULL REFERENCES documents(id),
        role varchar(8) NOT NULL CHECK (role IN ('cv','letter','other')),
        position smallint NOT NULL,
        PRIMARY KEY (application_id, document_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX application_documents_one_cv ON application_documents (application_id) WHERE role = 'cv'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX application_documents_one_letter ON application_documents (application_id) WHERE role = 'letter'`,
    );
    await q.query(`CREATE INDEX application_documents_document_idx ON application_documents (document_id)`);

    await q.query(`
      CREATE TABLE application_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind varchar(24) NOT NULL
          CHECK (kind IN ('submitted','status_changed','message_to_student','message_to_company','reminder_sent')),
        from_status varchar(16),
        to_status varchar(16),
        message text
      )`);
    await q.query(`CREATE INDEX application_events_application_idx ON application_events (application_id, id)`);

    await q.query(`
      CREATE TABLE internships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid UNIQUE REFERENCES applications(id) ON DELETE SET NULL,
        offer_id uuid REFERENCES offers(id) ON DELETE SET NULL,
        student_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        start_date date,
        end_date date,
        status varchar(16) NOT NULL DEFAULT 'setup',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX internships_student_idx ON internships (student_id)`);
    await q.query(`CREATE INDEX internships_company_idx ON internships (company_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE internships`);
    await q.query(`DROP TABLE application_events`);
    await q.query(`DROP TABLE application_documents`);
    await q.query(`DROP TABLE applications`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN reply_to`);
    await q.query(`ALTER TABLE documents DROP COLUMN sent_at`);
  }
}
