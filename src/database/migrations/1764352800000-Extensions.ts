import { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions later migrations rely on: accent-insensitive lookups and trigram similarity. */
export class Extensions1764352800000 implements MigrationInterface {
  name = 'Extensions1764352800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
