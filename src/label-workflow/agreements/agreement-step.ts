import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Internship } from '../internships/internship.entity';
import { InternshipStatus } from '../internships/internship-party';
import { InternshipStepsService } from '../steps/internship-steps.service';
import { InternshipWorkflow, states } from '../steps/internship-workflow';
import { missingPrerequisites } from '../steps/step-turns';
import { AGREEMENT_STEP } from './agreement-party';
import { AgreementsError, AgreementsException } from './agreements.exception';

/**
 * Issuing the agreement is performing the workflow's `agreement` step: the internship runs, its template version
 * has the step, the step is still open and every prerequisite of it (the sheet and the tutors in the default
 * template) is validated. 409 naming what is missing otherwise.
 */
@Injectable()
export class AgreementStep {
  constructor(
    private readonly workflow: InternshipWorkflow,
    private readonly steps: InternshipStepsService,
  ) {}

  /** Once issued, the step waits for the signatures, not for the programme manager. */
  markIssued(manager: EntityManager, internship: Internship, userId: string): Promise<void> {
    return this.steps.awaitOutside(manager, internship.id, AGREEMENT_STEP, userId);
  }

  async assertReady(manager: EntityManager, internship: Internship): Promise<void> {
    if (internship.status !== InternshipStatus.InProgress || !internship.templateId) {
      throw new AgreementsException(
        AgreementsError.NotRunning,
        `The internship is ${internship.status}: its agreement is issued once it has started (POST /internships/{id}/start)`,
      );
    }
    const workflow = await this.workflow.load(manager, internship);
    const definition = workflow.definitions.get(AGREEMENT_STEP);
    const step = workflow.steps.get(AGREEMENT_STEP);
    if (!definition || !step) {
      throw new AgreementsException(
        AgreementsError.NotRunning,
        `The internship's workflow has no "${AGREEMENT_STEP}" step`,
      );
    }
    if (step.status === 'validated') {
      throw new AgreementsException(AgreementsError.AlreadyIssued, `The "${AGREEMENT_STEP}" step is already validated`);
    }
    const missing = missingPrerequisites(definition, states(workflow));
    if (missing.length > 0) {
      throw new AgreementsException(
        AgreementsError.PrerequisitesMissing,
        `Validate first: ${missing.join(', ')}`,
        undefined,
        { missing },
      );
    }
  }
}
