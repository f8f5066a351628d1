import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The student's own country of residence (optional): the matching's "home country" reason. Until now only the
 * university's country was known, and the "why" named it as the student's.
 */
export class ResidenceCountry1764354400000 implements MigrationInterface {
  name = 'ResidenceCountry1764354400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE student_profiles ADD COLUMN residence_country char(2) REFERENCES countries(code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE student_profiles DROP COLUMN residence_country`);
  }
}
