import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts of a granted label, frozen at grant time (`internships.label_facts`): a certificate must keep saying
 * what it said when it was granted. Labels granted before this migration get today's facts, the best there is.
 */
export class LabelFacts1764354100000 implements MigrationInterface {
  name = 'LabelFacts1764354100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE internships ADD COLUMN label_facts jsonb');
    await q.query(`
      UPDATE internships target SET label_facts = jsonb_build_object(
               'civility', u.civility, 'firstName', u.first_name, 'lastName', u.last_name,
               'programmeName', p.name, 'universityName', un.name,
               'companyName', c.name, 'companyCity', c.city, 'title', coalesce(i.title, o.title),
               'startDate', i.start_date::text, 'endDate', i.end_date::text, 'academicYear', i.academic_year,
               'grantedOn', to_char(i.label_granted_at AT TIME ZONE 'Africa/Tunis', 'YYYY-MM-DD'))
        FROM internships i
        JOIN users u ON u.id = i.student_id
        JOIN companies c ON c.id = i.company_id
        LEFT JOIN offers o ON o.id = i.offer_id
        LEFT JOIN student_profiles sp ON sp.user_id = i.student_id
        LEFT JOIN programmes p ON p.id = coalesce(i.programme_id, sp.programme_id)
        LEFT JOIN universities un ON un.id = p.university_id
       WHERE target.id = i.id AND i.status = 'labelled' AND i.label_granted_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE internships DROP COLUMN label_facts');
  }
}
