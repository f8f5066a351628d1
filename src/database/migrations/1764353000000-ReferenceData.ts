import { MigrationInterface, QueryRunner } from 'typeorm';
import countries from '../../reference/data/countries.json';
import internshipTypes from '../../reference/data/internship-types.json';
import naceDivisions from '../../reference/data/nace-divisions.json';
import naceSections from '../../reference/data/nace-sections.json';
import studyYears from '../../reference/data/study-years.json';

/** Pedagogical order of the internship types, which the JSON file (sorted by code) does not carry. */
const INTERNSHIP_TYPE_ORDER = ['discovery', 'insertion', 'mastery_support', 'mastery'];

const BATCH_SIZE = 100;

/**
 * Reference tables (NACE sections and divisions, countries, study years, internship types), seeded from
 * src/reference/data. Other tables point at these codes with foreign keys.
 *
 * This migration reads the JSON files as they are when it runs, so a fresh database always gets the current
 * lists. A later migration that applies a change to those files (see data/SOURCES.md) therefore runs after rows
 * that may already hold the change: write it as an upsert or delete (`ON CONFLICT … DO UPDATE`), never a bare
 * INSERT.
 */
export class ReferenceData1764353000000 implements MigrationInterface {
  name = 'ReferenceData1764353000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE nace_sections (
        code char(1) PRIMARY KEY CHECK (code ~ '^[A-Z]$'),
        label_fr text NOT NULL,
        label_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE nace_divisions (
        code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        section_code char(1) NOT NULL CONSTRAINT fk_nace_divisions_section REFERENCES nace_sections (code),
        label_fr text NOT NULL,
        label_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE countries (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        name_fr text NOT NULL,
        name_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE study_years (
        code smallint PRIMARY KEY CHECK (code > 0),
        label_fr text NOT NULL,
        label_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE internship_types (
        code varchar(32) PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]*$'),
        label_fr text NOT NULL,
        label_en text NOT NULL,
        position smallint NOT NULL CONSTRAINT uq_internship_types_position UNIQUE
      )`);

    const seeds: Array<[table: string, columns: string[], rows: Array<Array<string | number>>]> = [
      ['nace_sections', ['code', 'label_fr', 'label_en'], naceSections.map((s) => [s.code, s.labelFr, s.labelEn])],
      [
        'nace_divisions',
        ['code', 'section_code', 'label_fr', 'label_en'],
        naceDivisions.map((d) => [d.code, d.section, d.labelFr, d.labelEn]),
      ],
      ['countries', ['code', 'name_fr', 'name_en'], countries.map((c) => [c.code, c.nameFr, c.nameEn])],
      ['study_years', ['code', 'label_fr', 'label_en'], studyYears.map((y) => [y.code, y.labelFr, y.labelEn])],
      [
        'internship_types',
        ['code', 'label_fr', 'label_en', 'position'],
        internshipTypes.map((t) => [t.code, t.labelFr, t.labelEn, positionOf(t.code)]),
      ],
    ];
    for (const [table, columns, rows] of seeds) await insertRows(queryRunner, table, columns, rows);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE internship_types');
    await queryRunner.query('DROP TABLE study_years');
    await queryRunner.query('DROP TABLE countries');
    await queryRunner.query('DROP TABLE nace_divisions');
    await queryRunner.query('DROP TABLE nace_sections');
  }
}

/** Place in the display order; a type added to the JSON file later goes after these (its migration may move it). */
function positionOf(code: string): number {
  const index = INTERNSHIP_TYPE_ORDER.indexOf(code);
  if (index >= 0) return index + 1;
  const newer = internshipTypes.map((t) => t.code).filter((c) => !INTERNSHIP_TYPE_ORDER.includes(c));
  return INTERNSHIP_TYPE_ORDER.length + newer.indexOf(code) + 1;
}

/** Multi-row INSERTs with bound parameters, a batch at a time. */
async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  columns: string[],
  rows: Array<Array<string | number>>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const tuples = batch.map(
      (_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
    );
    await queryRunner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, batch.flat());
  }
}
