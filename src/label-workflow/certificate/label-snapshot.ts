import { EntityManager } from 'typeorm';

/**
 * What a label certificate states, frozen when the label is granted: renaming oneself, a company or a programme
 * later must not change a certificate already handed out. `GET /labels/:code` and the certificate PDF read this copy.
 * Dates are kept as text so they never shift through a JavaScript Date; the grant day is read in Tunis, the
 * platform's home. The programme is the internship's, else the student's own.
 */
export const LABEL_SNAPSHOT_SQL = `
  UPDATE internships target SET label_facts = facts.value
    FROM (
      SELECT i.id, jsonb_build_object(
               'civility', u.civility, 'firstName', u.first_name, 'lastName', u.last_name,
               'programmeName', p.name, 'universityName', un.name,
               'companyName', c.name, 'companyCity', c.city, 'title', coalesce(i.title, o.title),
               'startDate', i.start_date::text, 'endDate', i.end_date::text, 'academicYear', i.academic_year,
               'grantedOn', to_char(i.label_granted_at AT TIME ZONE 'Africa/Tunis', 'YYYY-MM-DD')) AS value
        FROM internships i
        JOIN users u ON u.id = i.student_id
        JOIN companies c ON c.id = i.company_id
        LEFT JOIN offers o ON o.id = i.offer_id
        LEFT JOIN student_profiles sp ON sp.user_id = i.student_id
        LEFT JOIN programmes p ON p.id = coalesce(i.programme_id, sp.programme_id)
        LEFT JOIN universities un ON un.id = p.university_id
       WHERE i.id = $1) facts
   WHERE target.id = facts.id`;

/** Freezes the certificate facts of a just-granted label, in the grant's transaction. */
export async function snapshotLabel(manager: EntityManager, internshipId: string): Promise<void> {
  await manager.query(LABEL_SNAPSHOT_SQL, [internshipId]);
}

/** The frozen facts, as stored in `internships.label_facts`. */
export interface LabelSnapshot {
  civility: string | null;
  firstName: string;
  lastName: string;
  programmeName: string | null;
  universityName: string | null;
  companyName: string;
  companyCity: string;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  academicYear: string | null;
  grantedOn: string;
}
