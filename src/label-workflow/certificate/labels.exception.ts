import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';

export enum LabelsError {
  /** Unknown and malformed verification codes alike, so the answer tells nothing about which codes exist. */
  UnknownCode = 'label_unknown_code',
  InternshipNotFound = 'label_internship_not_found',
  NotGranted = 'label_not_granted',
}

const messages: Record<LabelsError, string> = {
  [LabelsError.UnknownCode]: 'No SEMSEM-stages label has this verification code',
  [LabelsError.InternshipNotFound]: 'No such internship',
  [LabelsError.NotGranted]: 'This internship has not been granted the SEMSEM-stages label',
};

/** Errors of the label certificate and its verification. */
export class LabelsException extends DomainException<LabelsError> {
  constructor(code: LabelsError, detail = messages[code]) {
    super(code, statusOf(code), detail);
  }
}

function statusOf(code: LabelsError): number {
  switch (code) {
    case LabelsError.UnknownCode:
    case LabelsError.InternshipNotFound:
      return HttpStatus.NOT_FOUND;
    case LabelsError.NotGranted:
      return HttpStatus.CONFLICT;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
