import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A student's programme, as declared at sign-up or through PUT /me/schooling, is a claim until the programme's
 * manager confirms it; offers targeted at a country, university or programme reach confirmed students only.
 * Students already on the platform keep their access: they are confirmed.
 */
export class SchoolingConfirmation1764355310000 implements MigrationInterface {
  name = 'SchoolingConfirmation1764355310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE student_profiles
        ADD COLUMN programme_confirmed_at timestamptz,
        ADD COLUMN programme_confirmed_by uuid REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`UPDATE student_profiles SET programme_confirmed_at = now()`);
    // The managers' queue: students of a programme waiting for confirmation.
    await q.query(
      `CREATE INDEX student_profiles_unconfirmed_idx ON student_profiles (programme_id) WHERE programme_confirmed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX student_profiles_unconfirmed_idx`);
    await q.query(
      `ALTER TABLE student_profiles DROP COLUMN programme_confirmed_by, DROP COLUMN programme_confirmed_at`,
    );
  }
}
