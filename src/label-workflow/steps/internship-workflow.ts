import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Internship } from '../internships/internship.entity';
import { InternshipAudit } from '../internships/internship-audit';
import { AuditSource } from '../internships/internship-audit.entity';
import { InternshipMails } from '../internships/internship-mails';
import { InternshipStatus } from '../internships/internship-party';
import { InternshipStep } from './internship-step.entity';
import { InternshipStepValidation } from './internship-step-validation.entity';
import { finalGrade, newLabelCode } from '../certificate/label-grade';
import { newTurns, openTurns, StepState, Turn } from './step-turns';
import { LABEL_DECISION_STEP } from './template-rules';
import { WorkflowTemplate } from './workflow-template.entity';
import { WorkflowTemplateStep } from './workflow-template-step.entity';
import { snapshotLabel } from '../certificate/label-snapshot';

/** One internship's workflow as loaded in a transaction: its template version, steps and validations. */
export interface Workflow {
  internship: Internship;
  template: WorkflowTemplate;
  definitions: Map<string, WorkflowTemplateStep>;
  steps: Map<string, InternshipStep>;
  validations: InternshipStepValidation[];
}

/** Who acted, for the audit: an account, or someone without one (a link) or the platform itself. */
export interface Actor {
  id: string | null;
  label: string | null;
  source: AuditSource;
}

/**
 * The engine every act goes through: after a change, completes the internship when its mandatory steps are
 * validated, grants the label when the template says so, and e-mails whoever's turn it now is.
 */
@Injectable()
export class InternshipWorkflow {
  constructor(
    private readonly audit: InternshipAudit,
    private readonly mails: InternshipMails,
  ) {}

  async load(manager: EntityManager, internship: Internship): Promise<Workflow> {
    if (!internship.templateId) throw new Error(`internship ${internship.id} has no template: it has not started`);
    // One after another: a transaction's connection runs one query at a time.
    const template = await manager.findOneByOrFail(WorkflowTemplate, { id: internship.templateId });
    const definitions = await manager.find(WorkflowTemplateStep, {
      where: { templateId: internship.templateId },
      order: { position: 'ASC' },
    });
    const steps = await manager.findBy(InternshipStep, { internshipId: internship.id });
    const validations = await manager.findBy(InternshipStepValidation, { internshipId: internship.id });
    return {
      internship,
      template,
      definitions: new Map(definitions.map((d) => [d.key, d])),
      steps: new Map(steps.map((s) => [s.stepKey, s])),
      validations,
    };
  }

  /** The open turns now; the label decision opens only once the internship is completed. */
  turns(workflow: Workflow): Turn[] {
    const status = workflow.internship.status;
    if (status !== InternshipStatus.InProgress && status !== InternshipStatus.Completed) return [];
    const excluded = new Set(status === InternshipStatus.Completed ? [] : [LABEL_DECISION_STEP]);
    return openTurns(states(workflow), excluded);
  }

  /** After a change: completion, automatic label, and the e-mails of the turns that opened. */
  async advance(manager: EntityManager, workflow: Workflow, before: Turn[]): Promise<void> {
    const { internship, template } = workflow;
    if (internship.status === InternshipStatus.InProgress && mandatoryDone(workflow)) {
      internship.status = InternshipStatus.Completed;
      await manager.update(Internship, { id: internship.id }, { status: internship.status });
      await this.audit.record(manager, {
        internshipId: internship.id,
        action: 'completed',
        source: 'system',
        actorLabel: 'platform',
      });
      if (template.labelMode === 'automatic')
        await this.grant(manager, workflow, { id: null, label: 'platform', source: 'system' });
    }
    const opened = newTurns(before, this.turns(workflow));
    await this.mails.turns(manager, internship, opened, workflow.definitions, workflow.steps);
  }

  /** Grants the label: an unguessable code, the final grade, status labelled. */
  async grant(manager: EntityManager, workflow: Workflow, actor: Actor): Promise<void> {
    const { internship } = workflow;
    const grades = [...workflow.definitions.values()]
      .filter((d) => d.graded && workflow.steps.get(d.key)?.status === 'validated')
      .map((d) => ({ performer: d.performer, grade: Number(workflow.steps.get(d.key)?.evidence.grade) }))
      .filter((g) => Number.isFinite(g.grade));
    Object.assign(internship, {
      status: InternshipStatus.Labelled,
      labelCode: newLabelCode(),
      labelGrantedAt: new Date(),
      labelGrantedBy: actor.id,
      finalGrade: finalGrade(grades, workflow.template.companyGradeWeight),
    });
    await manager.update(
      Internship,
      { id: internship.id },
      {
        status: internship.status,
        labelCode: internship.labelCode,
        labelGrantedAt: internship.labelGrantedAt,
        labelGrantedBy: internship.labelGrantedBy,
        finalGrade: internship.finalGrade,
      },
    );
    await snapshotLabel(manager, internship.id);
    await this.audit.record(manager, {
      internshipId: internship.id,
      action: 'label_granted',
      source: actor.source,
      actorId: actor.id,
      actorLabel: actor.label,
      details: { code: internship.labelCode, finalGrade: internship.finalGrade },
    });
    await this.mails.labelDecision(manager, internship, 'granted', '');
  }
}

export function states(workflow: Workflow): StepState[] {
  return [...workflow.definitions.values()].map((d) => ({
    key: d.key,
    performer: d.performer,
    validators: d.validators,
    prerequisites: d.prerequisites,
    status: workflow.steps.get(d.key)?.status ?? 'todo',
    validatedBy: workflow.validations.filter((v) => v.stepKey === d.key).map((v) => v.role),
  }));
}

/** Every mandatory step validated, the label decision aside (it follows completion). */
function mandatoryDone(workflow: Workflow): boolean {
  return [...workflow.definitions.values()]
    .filter((d) => d.mandatory && d.key !== LABEL_DECISION_STEP)
    .every((d) => workflow.steps.get(d.key)?.status === 'validated');
}
