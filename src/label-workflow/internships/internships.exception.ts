import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import { InvalidParam } from '../../common/errors/problem-details';

export enum InternshipsError {
  NotFound = 'internship_not_found',
  TemplateNotFound = 'workflow_template_not_found',
  ProgrammeNotFound = 'internship_programme_not_found',
  StepNotFound = 'internship_step_not_found',
  InvalidTemplate = 'workflow_template_invalid',
  InvalidInput = 'internship_invalid_input',
  NotYourStep = 'internship_step_not_yours',
  NotEditable = 'internship_not_editable',
  WrongStatus = 'internship_wrong_status',
  SheetIncomplete = 'internship_sheet_incomplete',
  StepWrongStatus = 'internship_step_wrong_status',
  PrerequisitesMissing = 'internship_step_prerequisites_missing',
  SystemStep = 'internship_step_completed_by_system',
  AlreadyValidated = 'internship_step_already_validated',
  TutorRequired = 'internship_tutor_required',
}

const messages: Record<InternshipsError, string> = {
  [InternshipsError.NotFound]: 'No such internship',
  [InternshipsError.TemplateNotFound]: 'No such workflow template',
  [InternshipsError.ProgrammeNotFound]: 'No such programme among those you manage',
  [InternshipsError.StepNotFound]: 'This internship has no such step',
  [InternshipsError.InvalidTemplate]: 'The workflow template is not valid',
  [InternshipsError.InvalidInput]: 'A field is not valid',
  [InternshipsError.NotYourStep]: 'Your part in this internship does not allow this act on this step',
  [InternshipsError.NotEditable]: 'You may not change this part of the internship',
  [InternshipsError.WrongStatus]: 'The internship is not at a stage that allows this',
  [InternshipsError.SheetIncomplete]: 'The internship sheet is incomplete',
  [InternshipsError.StepWrongStatus]: 'The step is not at a stage that allows this',
  [InternshipsError.PrerequisitesMissing]: 'Steps this one depends on are not validated yet',
  [InternshipsError.SystemStep]: 'This step is completed by the platform (the agreement signatures), not by hand',
  [InternshipsError.AlreadyValidated]: 'You have already validated this step',
  [InternshipsError.TutorRequired]: 'Once started, a tutor may be replaced but not removed',
};

/** Errors of internships and their workflow. `errors` names the inputs at fault, as validation errors do. */
export class InternshipsException extends DomainException<InternshipsError> {
  constructor(
    code: InternshipsError,
    detail = messages[code],
    errors?: InvalidParam[],
    extra: Record<string, unknown> = {},
  ) {
    super(code, statusOf(code), detail, { ...(errors ? { errors } : {}), ...extra });
  }

  static invalid(
    code: InternshipsError.InvalidTemplate | InternshipsError.InvalidInput,
    errors: InvalidParam[],
  ): InternshipsException {
    const detail = `${messages[code]}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`;
    return new InternshipsException(code, detail, errors);
  }
}

function statusOf(code: InternshipsError): number {
  switch (code) {
    case InternshipsError.NotFound:
    case InternshipsError.TemplateNotFound:
    case InternshipsError.ProgrammeNotFound:
    case InternshipsError.StepNotFound:
      return HttpStatus.NOT_FOUND;
    case InternshipsError.InvalidTemplate:
    case InternshipsError.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case InternshipsError.NotYourStep:
    case InternshipsError.NotEditable:
      return HttpStatus.FORBIDDEN;
    case InternshipsError.WrongStatus:
    case InternshipsError.SheetIncomplete:
    case InternshipsError.StepWrongStatus:
    case InternshipsError.PrerequisitesMissing:
    case InternshipsError.SystemStep:
    case InternshipsError.AlreadyValidated:
    case InternshipsError.TutorRequired:
      return HttpStatus.CONFLICT;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
