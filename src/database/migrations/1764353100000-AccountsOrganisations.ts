import { MigrationInterface, QueryRunner } from 'typeorm';

/** People, their sessions and one-time tokens; universities, programmes and companies. */
export class AccountsOrganisations1764353100000 implements MigrationInterface {
  name = 'AccountsOrganisations1764353100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE universities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        country_code char(2) NOT NULL REFERENCES countries(code),
        city varchar(120) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX universities_name_key ON universities (lower(name))`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        role varchar(32) NOT NULL CHECK (role IN
          ('student','company_contact','academic_tutor','programme_manager','year_manager','admin')),
        civility varchar(4) CHECK (civility IN ('M.','Mme')),
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        locale varchar(2) NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr','en')),
        university_id uuid REFERENCES universities(id),
        email_verified_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        university_id uuid NOT NULL REFERENCES universities(id),
        name varchar(200) NOT NULL,
        manager_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX programmes_name_key ON programmes (university_id, lower(name))`);
    await q.query(`CREATE INDEX programmes_manager_idx ON programmes (manager_id)`);

    await q.query(`
      CREATE TABLE programme_year_managers (
        programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        study_year smallint NOT NULL REFERENCES study_years(code),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (programme_id, study_year, user_id)
      )`);
    await q.query(`CREATE INDEX programme_year_managers_user_idx ON programme_year_managers (user_id)`);

    await q.query(`
      CREATE TABLE student_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programmes(id),
        study_year smallint NOT NULL REFERENCES study_years(code),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX student_profiles_programme_idx ON student_profiles (programme_id, study_year)`);

    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        name_search varchar(200) NOT NULL,
        registration_number varchar(64),
        nace_division char(2) REFERENCES nace_divisions(code),
        country_code char(2) NOT NULL REFERENCES countries(code),
        city varchar(120) NOT NULL,
        address varchar(300),
        website varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX companies_registration_key ON companies (upper(registration_number))
       WHERE registration_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX companies_name_search_trgm ON companies USING gin (name_search gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE company_memberships (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id),
        status varchar(16) NOT NULL CHECK (status IN ('active','pending','rejected')),
        job_title varchar(120),
        phone varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX company_memberships_company_idx ON company_memberships (company_id, status)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(32)
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);

    await q.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose varchar(32) NOT NULL CHECK (purpose IN ('email_verification','password_reset')),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'account_tokens',
      'refresh_tokens',
      'sessions',
      'company_memberships',
      'companies',
      'student_profiles',
      'programme_year_managers',
      'programmes',
      'users',
      'universities',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
