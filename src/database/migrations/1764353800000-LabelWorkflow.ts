import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SEMSEM-stages label workflow as data: versioned templates of steps (platform default, or per programme), the
 * internship completed with its programme, tutors and template version, each internship's steps with their
 * validations, the reminders already sent (never twice), and the audit of every act.
 */
export class LabelWorkflow1764353800000 implements MigrationInterface {
  name = 'LabelWorkflow1764353800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- NULL: the platform default, which programmes without their own template use.
        programme_id uuid REFERENCES programmes(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        name varchar(150) NOT NULL,
        label_mode varchar(20) NOT NULL CHECK (label_mode IN ('automatic','manager_decision')),
        -- Weight of the company tutor's grade in the final grade; the report/defence grade takes the rest.
        company_grade_weight numeric(3,2) NOT NULL DEFAULT 0.40 CHECK (company_grade_weight BETWEEN 0 AND 1),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX workflow_templates_version_idx
        ON workflow_templates (coalesce(programme_id, '00000000-0000-0000-0000-000000000000'::uuid), version)`);

    await q.query(`
      CREATE TABLE workflow_template_steps (
        template_id uuid NOT NULL REFERENCES workflow_templates(id) ON DELETE CASCADE,
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
        position smallint NOT NULL,
        phase varchar(8) NOT NULL CHECK (phase IN ('before','during','after')),
        name_fr varchar(150) NOT NULL,
        name_en varchar(150) NOT NULL,
        mandatory boolean NOT NULL,
        performer varchar(20) NOT NULL
          CHECK (performer IN ('student','company_tutor','academic_tutor','year_manager','programme_manager')),
        -- Every role listed must validate, in any order, once the performer has submitted.
        validators varchar(20)[] NOT NULL DEFAULT '{}',
        evidence varchar(12) NOT NULL CHECK (evidence IN ('form','document','signature','none')),
        prerequisites varchar(40)[] NOT NULL DEFAULT '{}',
        deadline_anchor varchar(8) CHECK (deadline_anchor IN ('start','end')),
        deadline_offset_days integer,
        reminder_days_before smallint[] NOT NULL DEFAULT '{}',
        escalate_after_days smallint CHECK (escalate_after_days >= 0),
        escalate_to varchar(20) CHECK (escalate_to IN ('year_manager','programme_manager')),
        -- Only the programme manager reads the evidence (the student's evaluation of the internship).
        confidential boolean NOT NULL DEFAULT false,
        -- A grade (0–20) in the evidence counts in the final grade.
        graded boolean NOT NULL DEFAULT false,
        PRIMARY KEY (template_id, key),
        CHECK ((deadline_anchor IS NULL) = (deadline_offset_days IS NULL)),
        CHECK ((escalate_after_days IS NULL) = (escalate_to IS NULL))
      )`);

    await q.query(`ALTER TABLE internships DROP CONSTRAINT IF EXISTS internships_status_check`);
    await q.query(`
      ALTER TABLE internships
        ADD COLUMN programme_id uuid REFERENCES programmes(id),
        ADD COLUMN study_year smallint CHECK (study_year BETWEEN 1 AND 8),
        ADD COLUMN academic_year varchar(9) CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
        ADD COLUMN title varchar(200),
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN company_tutor_id uuid REFERENCES users(id),
        ADD COLUMN academic_tutor_id uuid REFERENCES users(id),
        ADD COLUMN template_id uuid REFERENCES workflow_templates(id),
        ADD COLUMN started_at timestamptz,
        ADD COLUMN final_grade numeric(4,2),
        ADD COLUMN label_code varchar(20) UNIQUE,
        ADD COLUMN label_granted_at timestamptz,
        ADD COLUMN label_granted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD CONSTRAINT internships_status_check
          CHECK (status IN ('setup','in_progress','completed','labelled','cancelled'))`);
    await q.query(`CREATE INDEX internships_programme_idx ON internships (programme_id, academic_year)`);

    await q.query(`
      CREATE TABLE internship_steps (
        internship_id uuid NOT NULL REFERENCES internships(id) ON DELETE CASCADE,
        step_key varchar(40) NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','submitted','validated')),
        due_on date,
        submitted_at timestamptz,
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        evidence jsonb NOT NULL DEFAULT '{}',
        validated_at timestamptz,
        PRIMARY KEY (internship_id, step_key)
      )`);
    // The daily reminder sweep looks for open steps by due date.
    await q.query(`CREATE INDEX internship_steps_due_idx ON internship_steps (due_on) WHERE status <> 'validated'`);

    await q.query(`
      CREATE TABLE internship_step_validations (
        internship_id uuid NOT NULL,
        step_key varchar(40) NOT NULL,
        role varchar(20) NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now(),
        comment text,
        PRIMARY KEY (internship_id, step_key, role),
        FOREIGN KEY (internship_id, step_key) REFERENCES internship_steps(internship_id, step_key) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE internship_reminders (
        internship_id uuid NOT NULL,
        step_key varchar(40) NOT NULL,
        kind varchar(12) NOT NULL CHECK (kind IN ('reminder','overdue','escalation')),
        -- Which reminder of the schedule (days before the deadline), so each is sent once.
        ref smallint NOT NULL DEFAULT 0,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (internship_id, step_key, kind, ref),
        FOREIGN KEY (internship_id, step_key) REFERENCES internship_steps(internship_id, step_key) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE internship_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        internship_id uuid NOT NULL REFERENCES internships(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        -- Who acted without an account (a signature link), or the system.
        actor_label varchar(200),
        source varchar(8) NOT NULL CHECK (source IN ('api','link','system')),
        action varchar(40) NOT NULL,
        step_key varchar(40),
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX internship_audit_internship_idx ON internship_audit (internship_id, id)`);
    await this.seedDefaultTemplate(q);
  }

  /** The platform default, mirroring the SEMSEM-stages procedure (before, during and after the internship). */
  private async seedDefaultTemplate(q: QueryRunner): Promise<void> {
    const [{ id }] = (await q.query(
      `INSERT INTO workflow_templates (programme_id, version, name, label_mode, company_grade_weight)
       VALUES (NULL, 1, 'Procédure SEMSEM-stages', 'manager_decision', 0.40) RETURNING id`,
    )) as Array<{ id: string }>;
    // key, phase, French name, English name, mandatory, performer, validators, evidence, prerequisites,
    // deadline anchor and offset (days), reminders (days before), escalation (days after, to), confidential, graded
    type Step = [
      string,
      string,
      string,
      string,
      boolean,
      string,
      string[],
      string,
      string[],
      string,
      number,
      number[],
      number | null,
      string | null,
      boolean,
      boolean,
    ];
    const steps: Step[] = [
      [
        'sheet',
        'before',
        'Fiche de stage validée',
        'Internship sheet approved',
        true,
        'company_tutor',
        ['programme_manager'],
        'form',
        [],
        'start',
        -21,
        [7, 2],
        3,
        'programme_manager',
        false,
        false,
      ],
      [
        'tutors',
        'before',
        'Tuteurs désignés',
        'Tutors assigned',
        true,
        'programme_manager',
        [],
        'form',
        ['sheet'],
        'start',
        -14,
        [3],
        null,
        null,
        false,
        false,
      ],
      [
        'agreement',
        'before',
        'Convention de stage signée',
        'Internship agreement signed',
        true,
        'programme_manager',
        [],
        'signature',
        ['sheet', 'tutors'],
        'start',
        -7,
        [5, 2],
        null,
        null,
        false,
        false,
      ],
      [
        'journals',
        'during',
        'Journaux de stage tenus',
        'Internship journals kept',
        true,
        'student',
        ['academic_tutor'],
        'form',
        ['agreement'],
        'end',
        0,
        [7],
        7,
        'year_manager',
        false,
        false,
      ],
      [
        'intermediate_review',
        'during',
        'Bilan intermédiaire',
        'Intermediate review',
        true,
        'student',
        ['company_tutor', 'academic_tutor'],
        'form',
        ['agreement'],
        'start',
        28,
        [7, 2],
        7,
        'year_manager',
        false,
        false,
      ],
      [
        'company_evaluation',
        'during',
        'Évaluation du stage par le tuteur entreprise',
        'Evaluation by the company tutor',
        true,
        'company_tutor',
        [],
        'form',
        ['intermediate_review'],
        'end',
        -3,
        [7, 2],
        5,
        'programme_manager',
        false,
        true,
      ],
      [
        'report_defence',
        'after',
        'Rapport et soutenance',
        'Report and defence',
        true,
        'academic_tutor',
        ['programme_manager'],
        'form',
        ['company_evaluation'],
        'end',
        30,
        [7],
        7,
        'programme_manager',
        false,
        true,
      ],
      [
        'student_evaluation',
        'after',
        'Évaluation du stage par l’étudiant (confidentielle)',
        'Student’s evaluation of the internship (confidential)',
        true,
        'student',
        [],
        'form',
        ['report_defence'],
        'end',
        45,
        [7, 2],
        7,
        'year_manager',
        true,
        false,
      ],
      [
        'label_decision',
        'after',
        'Décision de label SEMSEM-stages',
        'SEMSEM-stages label decision',
        true,
        'programme_manager',
        [],
        'form',
        [
          'sheet',
          'tutors',
          'agreement',
          'journals',
          'intermediate_review',
          'company_evaluation',
          'report_defence',
          'student_evaluation',
        ],
        'end',
        60,
        [7],
        null,
        null,
        false,
        false,
      ],
    ];
    for (const [position, step] of steps.entries()) {
      await q.query(
        `INSERT INTO workflow_template_steps (template_id, key, position, phase, name_fr, name_en, mandatory, performer,
           validators, evidence, prerequisites, deadline_anchor, deadline_offset_days, reminder_days_before,
           escalate_after_days, escalate_to, confidential, graded)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [id, step[0], position, ...step.slice(1)],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE internship_audit`);
    await q.query(`DROP TABLE internship_reminders`);
    await q.query(`DROP TABLE internship_step_validations`);
    await q.query(`DROP TABLE internship_steps`);
    await q.query(`DROP INDEX internships_programme_idx`);
    await q.query(`
      ALTER TABLE internships
        DROP CONSTRAINT internships_status_check,
        DROP COLUMN programme_id, DROP COLUMN study_year, DROP COLUMN academic_year, DROP COLUMN title,
        DROP COLUMN description, DROP COLUMN company_tutor_id, DROP COLUMN academic_tutor_id, DROP COLUMN template_id,
        DROP COLUMN started_at, DROP COLUMN final_grade, DROP COLUMN label_code, DROP COLUMN label_granted_at,
        DROP COLUMN label_granted_by`);
    await q.query(`DROP TABLE workflow_template_steps`);
    await q.query(`DROP TABLE workflow_templates`);
  }
}
