import { EntityManager } from 'typeorm';
import { StudentProfile } from '../users/student-profile.entity';
import { JournalEntry } from '../label-workflow/journals/journal-entry.entity';
import { academicYearOf, endOf } from '../label-workflow/internships/internship-records.service';
import { Internship } from '../label-workflow/internships/internship.entity';
import { InternshipParty, InternshipStatus } from '../label-workflow/internships/internship-party';
import { InternshipStep, StepStatus } from '../label-workflow/steps/internship-step.entity';
import { InternshipStepValidation } from '../label-workflow/steps/internship-step-validation.entity';
import { finalGrade, newLabelCode } from '../label-workflow/certificate/label-grade';
import { snapshotLabel } from '../label-workflow/certificate/label-snapshot';
import { dueOn } from '../label-workflow/steps/step-due-date';
import { WorkflowTemplate } from '../label-workflow/steps/workflow-template.entity';
import { WorkflowTemplateStep } from '../label-workflow/steps/workflow-template-step.entity';
import { DemoInternship, DemoStage } from './demo-internships';
import { DemoIds } from './demo-recruitment';

/** Steps of the default template done at each stage (the others stay to do). */
const DONE: Record<DemoStage, readonly string[]> = {
  setup: [],
  before: ['sheet', 'tutors'],
  during: ['sheet', 'tutors', 'agreement'],
  after: ['sheet', 'tutors', 'agreement', 'journals', 'intermediate_review', 'company_evaluation'],
  labelled: [
    'sheet',
    'tutors',
    'agreement',
    'journals',
    'intermediate_review',
    'company_evaluation',
    'report_defence',
    'student_evaluation',
    'label_decision',
  ],
};
/** Submitted, awaiting its validators. */
const SUBMITTED: Partial<Record<DemoStage, string>> = { during: 'intermediate_review', after: 'report_defence' };
const GRADES: Record<string, number> = { company_evaluation: 16, report_defence: 14.5 };

/**
 * Writes the demo internships as the workflow would have left them at their stage: the sheet, the tutors, the
 * default template's steps with their due dates, validations, grades and, for the labelled one, its label.
 * Written directly (no "your turn" e-mails to demo addresses); the API reads them like any other.
 */
export class DemoFollowUp {
  constructor(
    private readonly manager: EntityManager,
    private readonly ids: DemoIds,
    private readonly now: Date,
  ) {}

  async write(internships: DemoInternship[]): Promise<void> {
    const template = await this.manager.findOneByOrFail(WorkflowTemplate, { programmeId: null as never, version: 1 });
    const definitions = await this.manager.find(WorkflowTemplateStep, {
      where: { templateId: template.id },
      order: { position: 'ASC' },
    });
    for (const demo of internships) await this.internship(demo, template, definitions);
  }

  private async internship(
    demo: DemoInternship,
    template: WorkflowTemplate,
    definitions: WorkflowTemplateStep[],
  ): Promise<void> {
    const studentId = this.id(demo.student);
    const profile = await this.manager.findOneByOrFail(StudentProfile, { userId: studentId });
    const existing = await this.manager.findOneBy(Internship, { studentId });
    const fields: Partial<Internship> = {
      studentId,
      companyId: this.ids.companies.get(demo.company)!,
      programmeId: profile.programmeId,
      studyYear: profile.studyYear,
      academicYear: academicYearOf(demo.startDate),
      title: demo.title,
      description: demo.description,
      startDate: demo.startDate,
      endDate: endOf(demo.startDate, demo.weeks),
      companyTutorId: this.id(demo.companyTutor),
      academicTutorId: this.id(demo.academicTutor),
      status: demo.stage === 'setup' ? InternshipStatus.Setup : InternshipStatus.InProgress,
    };
    // Selected demo applications already created theirs; direct agreements are new.
    const internship = existing
      ? await this.manager.save(Object.assign(existing, fields))
      : await this.manager.save(this.manager.create(Internship, { ...fields, createdBy: null }));
    if (demo.stage === 'setup') return;

    const programmeManager = await this.programmeManager(internship.programmeId!);
    internship.templateId = template.id;
    internship.startedAt = this.now;
    const byParty: Record<InternshipParty, string | null> = {
      [InternshipParty.Student]: studentId,
      [InternshipParty.CompanyTutor]: internship.companyTutorId,
      [InternshipParty.AcademicTutor]: internship.academicTutorId,
      [InternshipParty.ProgrammeManager]: programmeManager,
      [InternshipParty.YearManager]: null,
    };
    for (const definition of definitions) {
      const status: StepStatus = DONE[demo.stage].includes(definition.key)
        ? 'validated'
        : SUBMITTED[demo.stage] === definition.key
          ? 'submitted'
          : 'todo';
      const due = dueOn(definition.deadlineAnchor, definition.deadlineOffsetDays, internship);
      const doneAt = due ? new Date(`${due}T10:00:00Z`) : this.now;
      await this.manager.save(
        this.manager.create(InternshipStep, {
          internshipId: internship.id,
          stepKey: definition.key,
          status,
          dueOn: due,
          submittedAt: status === 'todo' ? null : doneAt,
          submittedBy: status === 'todo' ? null : byParty[definition.performer],
          evidence: status === 'todo' ? {} : this.evidence(definition),
          validatedAt: status === 'validated' ? doneAt : null,
        }),
      );
      if (status !== 'validated') continue;
      for (const role of definition.validators) {
        await this.manager.insert(InternshipStepValidation, {
          internshipId: internship.id,
          stepKey: definition.key,
          role,
          userId: byParty[role],
          at: doneAt,
          comment: null,
        });
      }
    }
    if (demo.stage === 'labelled') {
      const grades = definitions.filter((d) => d.graded).map((d) => ({ performer: d.performer, grade: GRADES[d.key] }));
      Object.assign(internship, {
        status: InternshipStatus.Labelled,
        finalGrade: finalGrade(grades, template.companyGradeWeight),
        labelCode: newLabelCode(),
        labelGrantedAt: new Date(`${internship.endDate}T12:00:00Z`),
        labelGrantedBy: programmeManager,
      });
    }
    await this.manager.save(internship);
    if (demo.stage === 'labelled') await snapshotLabel(this.manager, internship.id);
    if (demo.stage === 'during') await this.journal(internship);
  }

  /** A few days of the journal, one reporting a difficulty (flagged to the tutors). */
  private async journal(internship: Internship): Promise<void> {
    const entries = [
      ['2026-10-05', 'Prise en main du code existant et de l’environnement de développement.', '', 7],
      ['2026-10-19', 'Conception du modèle de données des interventions ; revue avec le tuteur.', '', 7.5],
      [
        '2026-11-02',
        'Développement de l’API REST des interventions (NestJS).',
        'Accès au serveur de recette bloqué pendant deux jours.',
        6.5,
      ],
      ['2026-11-16', 'Écrans Angular de planification ; tests unitaires.', '', 8],
    ] as const;
    for (const [entryDate, tasks, difficulties, hours] of entries) {
      await this.manager.insert(JournalEntry, {
        internshipId: internship.id,
        authorId: internship.studentId,
        entryDate,
        tasks,
        difficulties,
        hours,
      });
    }
  }

  private evidence(definition: WorkflowTemplateStep): Record<string, unknown> {
    if (definition.evidence === 'signature') return { scan: false, signedBy: ['student', 'company', 'university'] };
    if (definition.key === 'label_decision') return { decision: 'grant' };
    if (definition.confidential) return { rating: 4, comment: 'Encadrement attentif, missions formatrices.' };
    if (definition.graded) return { grade: GRADES[definition.key], comment: 'Travail sérieux et autonome.' };
    return { comment: 'Validé.' };
  }

  private async programmeManager(programmeId: string): Promise<string | null> {
    const [row] = (await this.manager.query('SELECT manager_id FROM programmes WHERE id = $1', [
      programmeId,
    ])) as Array<{
      manager_id: string | null;
    }>;
    return row?.manager_id ?? null;
  }

  private id(email: string): string {
    const id = this.ids.users.get(email);
    if (!id) throw new Error(`demo person ${email} is not in the demo world`);
    return id;
  }
}
