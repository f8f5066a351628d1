import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { CancellationView, InternshipView, PersonView, ProgressView, StepView } from './dto/internship.view';
import { Internship } from './internship.entity';
import { InternshipParty, InternshipStatus } from './internship-party';
import { InternshipPartiesService } from './internship-parties.service';
import { InternshipWorkflow, Workflow } from '../steps/internship-workflow';
import { nameOf } from './internship-mails';
import { isOverdue } from '../steps/step-due-date';

/** The dashboard of one internship as one caller may see it. */
@Injectable()
export class InternshipViews {
  constructor(
    private readonly parties: InternshipPartiesService,
    private readonly workflow: InternshipWorkflow,
  ) {}

  async dashboard(
    manager: EntityManager,
    internship: Internship,
    callerParts: InternshipParty[],
  ): Promise<InternshipView> {
    const workflow = internship.templateId ? await this.workflow.load(manager, internship) : null;
    const [names] = (await manager.query(
      `SELECT c.name AS company, g.name AS programme FROM companies c LEFT JOIN programmes g ON g.id = $2 WHERE c.id = $1`,
      [internship.companyId, internship.programmeId],
    )) as Array<{ company: string; programme: string | null }>;
    const person = async (id: string | null): Promise<PersonView | null> => {
      if (!id) return null;
      const user = await manager.findOneBy(User, { id });
      return user ? { id: user.id, name: nameOf(user) } : null;
    };
    const people = (users: User[]) => users.map((u) => ({ id: u.id, name: nameOf(u) }));
    const steps = workflow ? await this.steps(manager, workflow, callerParts) : [];
    return {
      id: internship.id,
      status: internship.status,
      student: (await person(internship.studentId))!,
      company: { id: internship.companyId, name: names.company },
      programme: internship.programmeId ? { id: internship.programmeId, name: names.programme ?? '' } : null,
      studyYear: internship.studyYear,
      academicYear: internship.academicYear,
      title: internship.title,
      startDate: internship.startDate,
      endDate: internship.endDate,
      progress: progressOf(steps),
      offerId: internship.offerId,
      applicationId: internship.applicationId,
      description: internship.description,
      companyTutor: await person(internship.companyTutorId),
      academicTutor: await person(internship.academicTutorId),
      yearManagers: people(await this.parties.usersFor(manager, internship, InternshipParty.YearManager)),
      programmeManager:
        people(await this.parties.usersFor(manager, internship, InternshipParty.ProgrammeManager))[0] ?? null,
      template: workflow
        ? {
            id: workflow.template.id,
            name: workflow.template.name,
            version: workflow.template.version,
            programmeId: workflow.template.programmeId,
            labelMode: workflow.template.labelMode,
          }
        : null,
      startedAt: internship.startedAt,
      finalGrade: internship.finalGrade,
      label:
        internship.labelCode && internship.labelGrantedAt
          ? { code: internship.labelCode, grantedAt: internship.labelGrantedAt }
          : null,
      cancellation:
        internship.status === InternshipStatus.Cancelled ? await cancellationOf(manager, internship.id) : null,
      yourParts: callerParts,
      phases: {
        before: steps.filter((s) => s.phase === 'before'),
        during: steps.filter((s) => s.phase === 'during'),
        after: steps.filter((s) => s.phase === 'after'),
      },
    };
  }

  private async steps(manager: EntityManager, workflow: Workflow, callerParts: InternshipParty[]): Promise<StepView[]> {
    const userIds = [...new Set(workflow.validations.map((v) => v.userId).filter((id): id is string => id !== null))];
    const users = userIds.length
      ? await manager.getRepository(User).createQueryBuilder('u').where('u.id IN (:...userIds)', { userIds }).getMany()
      : [];
    const names = new Map(users.map((u) => [u.id, nameOf(u)]));
    const turns = this.workflow.turns(workflow);
    const validated = new Set(
      [...workflow.steps.values()].filter((s) => s.status === 'validated').map((s) => s.stepKey),
    );
    // Only the programme manager reads a confidential step's evidence: not admins, tutors or the student.
    const readsConfidential = callerParts.includes(InternshipParty.ProgrammeManager);
    return [...workflow.definitions.values()].map((d) => {
      const step = workflow.steps.get(d.key)!;
      const validations = workflow.validations.filter((v) => v.stepKey === d.key);
      const hidden = d.confidential && !readsConfidential;
      const running =
        workflow.internship.status === InternshipStatus.InProgress ||
        workflow.internship.status === InternshipStatus.Completed;
      return {
        key: d.key,
        phase: d.phase,
        nameFr: d.nameFr,
        nameEn: d.nameEn,
        mandatory: d.mandatory,
        performer: d.performer,
        validators: d.validators,
        evidenceKind: d.evidence,
        confidential: d.confidential,
        graded: d.graded,
        prerequisites: d.prerequisites,
        status: step.status,
        available: d.prerequisites.every((key) => validated.has(key)),
        dueOn: step.dueOn,
        overdue: running && isOverdue(step.dueOn, step.status === 'validated'),
        submittedAt: step.submittedAt,
        validatedAt: step.validatedAt,
        // What a validator wrote about a confidential step is as confidential as the step.
        validations: validations.map((v) => ({
          role: v.role,
          by: v.userId ? (names.get(v.userId) ?? null) : null,
          at: v.at,
          comment: hidden ? null : v.comment,
        })),
        pendingValidators:
          step.status === 'submitted' ? d.validators.filter((r) => !validations.some((v) => v.role === r)) : [],
        evidence: hidden || Object.keys(step.evidence).length === 0 ? null : step.evidence,
        evidenceHidden: hidden,
        actions: turns
          .filter((t) => t.stepKey === d.key && callerParts.includes(t.party) && d.evidence !== 'signature')
          .map((t) => t.action)
          .filter((action, i, all) => all.indexOf(action) === i),
      };
    });
  }
}

/** The cancellation's time and reason, as its audit entry holds them. */
async function cancellationOf(manager: EntityManager, internshipId: string): Promise<CancellationView | null> {
  const [row] = (await manager.query(
    `SELECT at, details->>'reason' AS reason FROM internship_audit WHERE internship_id = $1 AND action = 'cancelled' ORDER BY at DESC, id DESC LIMIT 1`,
    [internshipId],
  )) as Array<{ at: Date; reason: string | null }>;
  return row ? { at: row.at, reason: row.reason ?? '' } : null;
}

function progressOf(steps: StepView[]): ProgressView {
  const done = steps.filter((s) => s.status === 'validated');
  return {
    done: done.length,
    toDo: steps.length - done.length,
    overdue: steps.filter((s) => s.overdue).length,
    mandatoryDone: done.filter((s) => s.mandatory).length,
    mandatoryTotal: steps.filter((s) => s.mandatory).length,
  };
}
