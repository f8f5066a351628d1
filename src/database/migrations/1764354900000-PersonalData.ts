import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account deletion and retention. A granted label outlives its holder's account (it must stay verifiable), so an
 * internship may lose its student, but only once labelled. A document remembers when its owner was warned of its
 * coming purge, so the retention sweep warns once and purges only after the notice.
 */
export class PersonalData1764354900000 implements MigrationInterface {
  name = 'PersonalData1764354900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE internships ALTER COLUMN student_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE internships ADD CONSTRAINT internships_student_kept_check CHECK (student_id IS NOT NULL OR status = 'labelled')`,
    );
    await q.query(`ALTER TABLE documents ADD COLUMN retention_warned_at timestamptz`);
    // The sweep looks for unverified accounts by age.
    await q.query(`CREATE INDEX users_unverified_idx ON users (created_at) WHERE email_verified_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_unverified_idx`);
    await q.query(`ALTER TABLE documents DROP COLUMN retention_warned_at`);
    await q.query(`ALTER TABLE internships DROP CONSTRAINT internships_student_kept_check`);
    // Labels kept without their student cannot go back under NOT NULL: they leave with the column's rule.
    await q.query(`DELETE FROM internships WHERE student_id IS NULL`);
    await q.query(`ALTER TABLE internships ALTER COLUMN student_id SET NOT NULL`);
  }
}
