/**
 * What the export holds: one JSON file per section, each the rows one SQL query reads for the caller ($1, their
 * id). Secrets never leave (password hash, token hashes, storage keys); a student's own evaluation step stays out
 * as well (confidential to the programme manager), the internship's final grade is in.
 */
export interface ExportSection {
  file: string;
  sql: string;
}

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    file: 'account.json',
    sql: `SELECT u.id, u.email, u.role, u.civility, u.first_name, u.last_name, u.locale, u.university_id,
                 un.name AS university_name, u.email_verified_at, u.disabled_at, u.created_at, u.updated_at
            FROM users u LEFT JOIN universities un ON un.id = u.university_id WHERE u.id = $1`,
  },
  {
    file: 'schooling.json',
    sql: `SELECT sp.programme_id, p.name AS programme_name, sp.study_year, sp.residence_country, sp.updated_at
            FROM student_profiles sp JOIN programmes p ON p.id = sp.programme_id WHERE sp.user_id = $1`,
  },
  {
    file: 'company-memberships.json',
    sql: `SELECT m.company_id, c.name AS company_name, m.status, m.job_title, m.phone, m.created_at, m.decided_at
            FROM company_memberships m JOIN companies c ON c.id = m.company_id WHERE m.user_id = $1`,
  },
  {
    file: 'sessions.json',
    sql: `SELECT id, created_at, expires_at, revoked_at, revoked_reason FROM sessions WHERE user_id = $1 ORDER BY created_at`,
  },
  {
    file: 'requests.json',
    sql: `SELECT r.id, r.title, r.message, r.keywords, r.wanted_nace_divisions, r.wanted_countries, r.wanted_cities,
                 r.start_date, r.duration_weeks, r.languages, r.visible_to_companies, r.status, r.version,
                 r.published_at, r.created_at, r.updated_at
            FROM internship_requests r WHERE r.student_id = $1 ORDER BY r.created_at`,
  },
  {
    file: 'request-history.json',
    sql: `SELECT h.request_id, h.at, h.action, h.version, h.changes, h.actor_id = $1 AS by_you
            FROM request_history h JOIN internship_requests r ON r.id = h.request_id
           WHERE r.student_id = $1 ORDER BY h.request_id, h.id`,
  },
  {
    file: 'documents.json',
    sql: `SELECT id, request_id, kind, file_name, size_bytes, sha256, content_type, text_status, text,
                 text_extracted_at, sent_at, created_at
            FROM documents WHERE owner_id = $1 ORDER BY created_at`,
  },
  {
    file: 'applications.json',
    sql: `SELECT a.id, a.offer_id, o.title AS offer_title, a.company_id, c.name AS company_name, a.request_id, a.message,
                 a.status, a.respond_by, a.responded_at, a.status_changed_at, a.created_at,
                 coalesce((SELECT jsonb_agg(jsonb_build_object('documentId', d.document_id, 'role', d.role) ORDER BY d.position)
                             FROM application_documents d WHERE d.application_id = a.id), '[]') AS documents
            FROM applications a JOIN offers o ON o.id = a.offer_id JOIN companies c ON c.id = a.company_id
           WHERE a.student_id = $1 ORDER BY a.created_at`,
  },
  {
    // Events of the student's applications, and the messages a company contact wrote.
    file: 'application-events.json',
    sql: `SELECT e.application_id, e.at, e.kind, e.from_status, e.to_status, e.message, e.actor_id = $1 AS by_you
            FROM application_events e JOIN applications a ON a.id = e.application_id
           WHERE a.student_id = $1 OR e.actor_id = $1 ORDER BY e.application_id, e.id`,
  },
  {
    file: 'internships.json',
    sql: `SELECT i.id, i.status, i.title, i.description, c.name AS company_name, i.start_date, i.end_date,
                 i.academic_year, i.study_year, p.name AS programme_name, i.started_at, i.final_grade, i.label_code,
                 i.label_granted_at, i.created_at,
                 CASE WHEN i.student_id = $1 THEN 'student'
                      WHEN i.company_tutor_id = $1 THEN 'company_tutor' ELSE 'academic_tutor' END AS your_part
            FROM internships i JOIN companies c ON c.id = i.company_id LEFT JOIN programmes p ON p.id = i.programme_id
           WHERE i.student_id = $1 OR i.company_tutor_id = $1 OR i.academic_tutor_id = $1 ORDER BY i.created_at`,
  },
  {
    file: 'journal-entries.json',
    sql: `SELECT id, internship_id, entry_date, tasks, difficulties, hours, created_at
            FROM internship_journal_entries WHERE author_id = $1 ORDER BY entry_date, created_at`,
  },
  {
    file: 'journal-comments.json',
    sql: `SELECT id, entry_id, author_role, body, created_at FROM internship_journal_comments WHERE author_id = $1 ORDER BY created_at`,
  },
  {
    file: 'agreement-signatures.json',
    sql: `SELECT v.internship_id, v.version, s.party, s.signer_name, s.email, s.typed_name, s.signed_at, s.expires_at
            FROM agreement_signatures s JOIN agreement_versions v ON v.id = s.version_id
           WHERE s.user_id = $1 ORDER BY v.internship_id, v.version`,
  },
  {
    file: 'profile-reads.json',
    sql: `SELECT reader_name, company_name, kind, request_id, document_id, day, read_at
            FROM profile_reads WHERE student_id = $1 ORDER BY read_at`,
  },
  {
    file: 'matched-offers.json',
    sql: `SELECT * FROM offer_matches WHERE student_id = $1`,
  },
  {
    file: 'offers-written.json',
    sql: `SELECT id, company_id, title, status, created_at, updated_at FROM offers WHERE author_id = $1 ORDER BY created_at`,
  },
  {
    // Links carry one-time secrets: they are wiped once sent, and left out of pending ones here.
    file: 'notifications.json',
    sql: `SELECT template, locale, params - 'link' AS params, status, created_at, sent_at
            FROM mail_outbox WHERE lower(recipient) = (SELECT lower(email) FROM users WHERE id = $1) ORDER BY created_at`,
  },
];
