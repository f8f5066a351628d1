import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Internship agreements ("conventions de stage"): versions (the original, then amendments), each with the PDF
 * generated from a snapshot of the data, and its signatures through one-time links (or a scanned signed copy).
 */
export class Agreements1764353900000 implements MigrationInterface {
  name = 'Agreements1764353900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreement_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        internship_id uuid NOT NULL REFERENCES internships(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        kind varchar(10) NOT NULL CHECK (kind IN ('original','amendment')),
        previous_id uuid REFERENCES agreement_versions(id),
        status varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','signed')),
        -- What the PDF shows, as it was when the version was issued; an amendment's next version starts from it.
        content jsonb NOT NULL,
        -- An amendment's changes: field → { before, after }.
        changes jsonb NOT NULL DEFAULT '{}',
        pdf_storage_key varchar(80) NOT NULL,
        pdf_sha256 char(64) NOT NULL,
        pdf_size_bytes integer NOT NULL,
        completed_via varchar(10) CHECK (completed_via IN ('signatures','scan')),
        signed_at timestamptz,
        scan_storage_key varchar(80),
        scan_sha256 char(64),
        scan_size_bytes integer,
        scan_uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (internship_id, version),
        CHECK ((kind = 'original') = (previous_id IS NULL)),
        CHECK ((status = 'signed') = (signed_at IS NOT NULL) AND (signed_at IS NULL) = (completed_via IS NULL)),
        CHECK ((completed_via = 'scan') = (scan_storage_key IS NOT NULL))
      )`);
    // At most one version awaits signatures per internship: a new amendment waits for the last one.
    await q.query(
      `CREATE UNIQUE INDEX agreement_versions_pending_idx ON agreement_versions (internship_id) WHERE status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE agreement_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
        party varchar(10) NOT NULL CHECK (party IN ('student','company','university')),
        -- Who the link was sent to; the link alone authorises, an account is not needed to sign.
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        email varchar(254) NOT NULL,
        signer_name varchar(200) NOT NULL,
        locale varchar(2) NOT NULL CHECK (locale IN ('fr','en')),
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        -- Set when the link is spent: by the signature, or by a scan that stands for every signature.
        used_at timestamptz,
        signed_at timestamptz,
        typed_name varchar(200),
        UNIQUE (version_id, party),
        CHECK ((signed_at IS NULL) = (typed_name IS NULL)),
        CHECK (signed_at IS NULL OR used_at IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agreement_signatures`);
    await q.query(`DROP TABLE agreement_versions`);
  }
}
