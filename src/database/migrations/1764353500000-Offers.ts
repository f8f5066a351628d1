import { MigrationInterface, QueryRunner } from 'typeorm';

/** Companies' internship offers ("Diffuser mes offres"), their targeting and wanted profile, and their history. */
export class Offers1764353500000 implements MigrationInterface {
  name = 'Offers1764353500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title varchar(150) NOT NULL,
        internship_type varchar(32) NOT NULL REFERENCES internship_types(code),
        mission text NOT NULL DEFAULT '',
        duration_weeks smallint NOT NULL CHECK (duration_weeks BETWEEN 1 AND 52),
        start_date date NOT NULL,
        city varchar(120) NOT NULL,
        country_code char(2) NOT NULL REFERENCES countries(code),
        position varchar(150) NOT NULL,
        allowance_amount numeric(12,2) CHECK (allowance_amount >= 0),
        allowance_currency char(3),
        allowance_period varchar(8) CHECK (allowance_period IN ('month','week','total')),
        places smallint NOT NULL CHECK (places BETWEEN 1 AND 100),
        application_deadline timestamptz NOT NULL,
        wanted_nace_divisions char(2)[] NOT NULL DEFAULT '{}',
        wanted_study_years smallint[] NOT NULL DEFAULT '{}',
        wanted_programmes text[] NOT NULL DEFAULT '{}',
        skills text[] NOT NULL DEFAULT '{}',
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        wanted_countries char(2)[] NOT NULL DEFAULT '{}',
        profile_text text NOT NULL DEFAULT '',
        targeting varchar(16) NOT NULL CHECK (targeting IN ('open','country','university','programme')),
        target_country_code char(2) REFERENCES countries(code),
        target_university_id uuid REFERENCES universities(id),
        target_programme_id uuid REFERENCES programmes(id),
        status varchar(16) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft','published','unpublished','filled','expired')),
        version bigint NOT NULL DEFAULT 1 CHECK (version > 0),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- An allowance is all three parts or none.
        CHECK ((allowance_amount IS NULL) = (allowance_currency IS NULL)
           AND (allowance_amount IS NULL) = (allowance_period IS NULL)),
        -- Exactly the target column of the targeting kind is set.
        CHECK ((target_country_code IS NOT NULL) = (targeting = 'country')
           AND (target_university_id IS NOT NULL) = (targeting = 'university')
           AND (target_programme_id IS NOT NULL) = (targeting = 'programme'))
      )`);
    await q.query(`CREATE INDEX offers_company_idx ON offers (company_id, created_at DESC)`);
    await q.query(`CREATE INDEX offers_published_idx ON offers (published_at DESC) WHERE status = 'published'`);
    // The hourly expiry sweep looks for open offers past their deadline.
    await q.query(
      `CREATE INDEX offers_deadline_idx ON offers (application_deadline) WHERE status IN ('published','unpublished')`,
    );

    await q.query(`
      CREATE TABLE offer_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action varchar(32) NOT NULL,
        version bigint NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX offer_history_offer_idx ON offer_history (offer_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_history`);
    await q.query(`DROP TABLE offers`);
  }
}
