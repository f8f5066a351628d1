import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { AuthUser } from '../../common/auth/auth-user';
import { ReturnStepDto, SubmitStepDto, ValidateStepDto } from '../internships/dto/internship.dto';
import { Internship } from '../internships/internship.entity';
import { InternshipAccess } from '../internships/internship-access';
import { InternshipAudit } from '../internships/internship-audit';
import { InternshipMails } from '../internships/internship-mails';
import { InternshipParty, InternshipStatus } from '../internships/internship-party';
import { InternshipStep } from './internship-step.entity';
import { InternshipStepValidation } from './internship-step-validation.entity';
import { InternshipWorkflow, states, Workflow } from './internship-workflow';
import { InternshipsError, InternshipsException } from '../internships/internships.exception';
import { checkedEvidence } from './step-evidence';
import { dueOn } from './step-due-date';
import { missingPrerequisites } from './step-turns';
import { LABEL_DECISION_STEP } from './template-rules';
import { WorkflowTemplate } from './workflow-template.entity';
import { WorkflowTemplateStep } from './workflow-template-step.entity';

/**
 * The steps of running internships: instantiated at start, submitted by their performer, validated by each
 * validator, or completed by the platform (the agreement once signed). Every act is audited.
 */
@Injectable()
export class InternshipStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: InternshipAccess,
    private readonly workflow: InternshipWorkflow,
    private readonly audit: InternshipAudit,
    private readonly mails: InternshipMails,
  ) {}

  /** Creates the internship's steps from a template version, due dates from its dates; in the caller's transaction. */
  async instantiate(manager: EntityManager, internship: Internship, template: WorkflowTemplate): Promise<void> {
    const definitions = await manager.find(WorkflowTemplateStep, {
      where: { templateId: template.id },
      order: { position: 'ASC' },
    });
    await manager.insert(
      InternshipStep,
      definitions.map((d) => ({
        internshipId: internship.id,
        stepKey: d.key,
        status: 'todo' as const,
        dueOn: dueOn(d.deadlineAnchor, d.deadlineOffsetDays, internship),
        evidence: {},
      })),
    );
    const workflow = await this.workflow.load(manager, internship);
    await this.workflow.advance(manager, workflow, []);
  }

  /** Moves the due dates of the steps not validated yet after the internship's dates changed. */
  async redate(manager: EntityManager, internship: Internship): Promise<void> {
    const workflow = await this.workflow.load(manager, internship);
    for (const [key, step] of workflow.steps) {
      const definition = workflow.definitions.get(key);
      if (!definition || step.status === 'validated') continue;
      const due = dueOn(definition.deadlineAnchor, definition.deadlineOffsetDays, internship);
      if (due !== step.dueOn)
        await manager.update(InternshipStep, { internshipId: internship.id, stepKey: key }, { dueOn: due });
    }
  }

  async submit(user: AuthUser, internshipId: string, key: string, dto: SubmitStepDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.lock(manager, user, internshipId);
      const workflow = await this.started(manager, internship);
      const { definition, step } = stepOf(workflow, key);
      if (!parts.includes(definition.performer)) {
        throw new InternshipsException(
          InternshipsError.NotYourStep,
          `The ${definition.performer.replace('_', ' ')} performs this step`,
        );
      }
      const decision = key === LABEL_DECISION_STEP;
      const allowed = decision ? InternshipStatus.Completed : InternshipStatus.InProgress;
      if (internship.status !== allowed) {
        throw new InternshipsException(
          InternshipsError.WrongStatus,
          decision
            ? 'The label is decided once every mandatory step is validated'
            : `The internship is ${internship.status}`,
        );
      }
      if (step.status !== 'todo')
        throw new InternshipsException(InternshipsError.StepWrongStatus, `The step is already ${step.status}`);
      const missing = missingPrerequisites(definition, states(workflow));
      if (missing.length > 0) {
        throw new InternshipsException(
          InternshipsError.PrerequisitesMissing,
          `Validate first: ${missing.join(', ')}`,
          undefined,
          { missing },
        );
      }
      const evidence = await checkedEvidence(manager, definition, dto, user.id);
      const before = this.workflow.turns(workflow);
      const now = new Date();
      const refused = decision && evidence.decision === 'refuse';
      Object.assign(step, {
        evidence,
        submittedAt: now,
        submittedBy: user.id,
        // A refused label leaves the decision open, to be taken again once things are put right.
        status: refused ? 'todo' : definition.validators.length === 0 ? 'validated' : 'submitted',
        validatedAt: !refused && definition.validators.length === 0 ? now : null,
      });
      await manager.save(step);
      await this.audit.record(manager, {
        internshipId,
        action: decision ? (refused ? 'label_refused' : 'label_decided') : 'step_submitted',
        source: 'api',
        actorId: user.id,
        stepKey: key,
        // A confidential step's answers stay out of the audit, which admins read.
        details: definition.confidential
          ? { confidential: true, status: step.status }
          : { status: step.status, evidence },
      });
      if (decision) {
        if (refused) await this.mails.labelDecision(manager, internship, 'refused', String(evidence.reason));
        else await this.workflow.grant(manager, workflow, { id: user.id, label: null, source: 'api' });
      }
      await this.workflow.advance(manager, workflow, before);
    });
  }

  async validate(user: AuthUser, internshipId: string, key: string, dto: ValidateStepDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.lock(manager, user, internshipId);
      const workflow = await this.started(manager, internship);
      const { definition, step } = stepOf(workflow, key);
      const roles = definition.validators.filter((role) => parts.includes(role));
      if (roles.length === 0)
        throw new InternshipsException(InternshipsError.NotYourStep, 'You are not a validator of this step');
      if (internship.status !== InternshipStatus.InProgress) {
        throw new InternshipsException(InternshipsError.WrongStatus, `The internship is ${internship.status}`);
      }
      if (step.status !== 'submitted') {
        throw new InternshipsException(
          InternshipsError.StepWrongStatus,
          `The step is ${step.status}: only a submitted step is validated`,
        );
      }
      const done = new Set(workflow.validations.filter((v) => v.stepKey === key).map((v) => v.role));
      const pending = roles.filter((role) => !done.has(role));
      if (pending.length === 0) throw new InternshipsException(InternshipsError.AlreadyValidated);
      const before = this.workflow.turns(workflow);
      const now = new Date();
      const comment = dto.comment?.trim() || null;
      for (const role of pending) {
        const validation = manager.create(InternshipStepValidation, {
          internshipId,
          stepKey: key,
          role,
          userId: user.id,
          at: now,
          comment,
        });
        await manager.insert(InternshipStepValidation, validation);
        workflow.validations.push(validation);
      }
      if (definition.validators.every((role) => done.has(role) || pending.includes(role))) {
        Object.assign(step, { status: 'validated', validatedAt: now });
        await manager.update(InternshipStep, { internshipId, stepKey: key }, { status: 'validated', validatedAt: now });
      }
      await this.audit.record(manager, {
        internshipId,
        action: 'step_validated',
        source: 'api',
        actorId: user.id,
        stepKey: key,
        // A confidential step's comment stays out of the audit, like its evidence.
        details: { as: pending, status: step.status, ...(comment && !definition.confidential ? { comment } : {}) },
      });
      await this.workflow.advance(manager, workflow, before);
    });
  }

  /** A validator sends a submitted step back to its performer: todo again, every validation of it cleared. */
  async returnStep(user: AuthUser, internshipId: string, key: string, dto: ReturnStepDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.lock(manager, user, internshipId);
      const workflow = await this.started(manager, internship);
      const { definition, step } = stepOf(workflow, key);
      const roles = definition.validators.filter((role) => parts.includes(role));
      if (roles.length === 0)
        throw new InternshipsException(InternshipsError.NotYourStep, 'You are not a validator of this step');
      if (internship.status !== InternshipStatus.InProgress) {
        throw new InternshipsException(InternshipsError.WrongStatus, `The internship is ${internship.status}`);
      }
      if (step.status !== 'submitted') {
        throw new InternshipsException(
          InternshipsError.StepWrongStatus,
          `The step is ${step.status}: only a submitted step is sent back`,
        );
      }
      const before = this.workflow.turns(workflow);
      const comment = dto.comment.trim();
      const cleared = workflow.validations.filter((v) => v.stepKey === key).map((v) => v.role);
      await manager.delete(InternshipStepValidation, { internshipId, stepKey: key });
      workflow.validations = workflow.validations.filter((v) => v.stepKey !== key);
      // The evidence stays, for the performer to rework; the submission itself is undone.
      Object.assign(step, { status: 'todo', submittedAt: null, submittedBy: null, validatedAt: null });
      await manager.update(
        InternshipStep,
        { internshipId, stepKey: key },
        { status: 'todo', submittedAt: null, submittedBy: null, validatedAt: null },
      );
      await this.audit.record(manager, {
        internshipId,
        action: 'step_returned',
        source: 'api',
        actorId: user.id,
        stepKey: key,
        details: {
          as: roles,
          ...(definition.confidential ? { confidential: true } : { comment }),
          clearedValidations: cleared,
        },
      });
      const returnedBy = await manager.findOneByOrFail(User, { id: user.id });
      await this.mails.stepReturned(manager, internship, definition, returnedBy, comment);
      // The performer's own mail says it is their turn again: no second one.
      await this.workflow.advance(manager, workflow, [
        ...before,
        { stepKey: key, party: definition.performer, action: 'submit' },
      ]);
    });
  }

  /** Tells newly assigned parties of a running internship about the turns already open for them. */
  async announceTo(manager: EntityManager, internship: Internship, parties: InternshipParty[]): Promise<void> {
    if (!internship.templateId || parties.length === 0) return;
    const workflow = await this.workflow.load(manager, internship);
    const theirs = this.workflow.turns(workflow).filter((turn) => parties.includes(turn.party));
    await this.mails.turns(manager, internship, theirs, workflow.definitions, workflow.steps);
  }

  /**
   * Marks a step validated on the platform's own authority, in the caller's transaction: the agreements module
   * calls it when every party has signed. Throws when the internship is not running or the step is done.
   */
  /**
   * The performer did their part of a step others finish outside the workflow (the agreement, once issued, waits for
   * the signatures): the step is submitted, so it no longer reads as the performer's to do, nor is reminded to them.
   */
  async awaitOutside(manager: EntityManager, internshipId: string, stepKey: string, actorId: string): Promise<void> {
    await manager.update(
      InternshipStep,
      { internshipId, stepKey, status: 'todo' },
      { status: 'submitted', submittedAt: new Date(), submittedBy: actorId },
    );
  }

  async completeBySystem(
    manager: EntityManager,
    internshipId: string,
    stepKey: string,
    evidence: Record<string, unknown>,
    actor: { id: string | null; label: string },
  ): Promise<void> {
    const internship = await manager
      .createQueryBuilder(Internship, 'i')
      .where('i.id = :internshipId', { internshipId })
      .setLock('pessimistic_write')
      .getOne();
    if (!internship) throw new InternshipsException(InternshipsError.NotFound);
    const workflow = await this.started(manager, internship);
    const { step } = stepOf(workflow, stepKey);
    if (internship.status !== InternshipStatus.InProgress) {
      throw new InternshipsException(InternshipsError.WrongStatus, `The internship is ${internship.status}`);
    }
    if (step.status === 'validated')
      throw new InternshipsException(InternshipsError.StepWrongStatus, 'The step is already validated');
    const before = this.workflow.turns(workflow);
    const now = new Date();
    Object.assign(step, { status: 'validated', evidence, submittedAt: now, submittedBy: actor.id, validatedAt: now });
    await manager.save(step);
    await this.audit.record(manager, {
      internshipId,
      action: 'step_completed',
      source: 'system',
      actorId: actor.id,
      actorLabel: actor.label,
      stepKey,
      details: { evidence },
    });
    await this.workflow.advance(manager, workflow, before);
  }

  private async started(manager: EntityManager, internship: Internship): Promise<Workflow> {
    if (internship.templateId === null) {
      throw new InternshipsException(
        InternshipsError.WrongStatus,
        'The internship has not started: its steps do not exist yet',
      );
    }
    return this.workflow.load(manager, internship);
  }
}

function stepOf(workflow: Workflow, key: string): { definition: WorkflowTemplateStep; step: InternshipStep } {
  const definition = workflow.definitions.get(key);
  const step = workflow.steps.get(key);
  if (!definition || !step) throw new InternshipsException(InternshipsError.StepNotFound);
  return { definition, step };
}
