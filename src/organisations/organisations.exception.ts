import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum OrganisationsError {
  CompanyNotFound = 'company_not_found',
  CompanyAlreadyRegistered = 'company_already_registered',
  UniversityNotFound = 'university_not_found',
  UniversityExists = 'university_exists',
  ProgrammeNotFound = 'programme_not_found',
  StudentNotInProgramme = 'student_not_in_programme',
  ProgrammeExists = 'programme_exists',
  JoinRequestNotFound = 'join_request_not_found',
  NotStaffOfUniversity = 'not_staff_of_university',
  ApprovalNotPending = 'company_approval_not_pending',
}

const messages: Record<OrganisationsError, string> = {
  [OrganisationsError.CompanyNotFound]: 'No such company',
  [OrganisationsError.CompanyAlreadyRegistered]:
    'A company with this registration number is already registered: ask to join it instead',
  [OrganisationsError.UniversityNotFound]: 'No such university',
  [OrganisationsError.UniversityExists]: 'A university with this name already exists',
  [OrganisationsError.ProgrammeNotFound]: 'No such programme',
  [OrganisationsError.StudentNotInProgramme]: 'No student of this programme has this id',
  [OrganisationsError.ProgrammeExists]: 'This university already has a programme with this name',
  [OrganisationsError.JoinRequestNotFound]: 'No pending request to join this company from this person',
  [OrganisationsError.NotStaffOfUniversity]: 'The person must be staff of this university with the right role',
  [OrganisationsError.ApprovalNotPending]: 'This company is not waiting for approval',
};

export class OrganisationsException extends DomainException<OrganisationsError> {
  constructor(code: OrganisationsError, extra: Record<string, unknown> = {}, detail = messages[code]) {
    super(code, statusOf(code), detail, extra);
  }
}

function statusOf(code: OrganisationsError): number {
  switch (code) {
    case OrganisationsError.CompanyNotFound:
    case OrganisationsError.UniversityNotFound:
    case OrganisationsError.ProgrammeNotFound:
    case OrganisationsError.StudentNotInProgramme:
    case OrganisationsError.JoinRequestNotFound:
      return HttpStatus.NOT_FOUND;
    case OrganisationsError.CompanyAlreadyRegistered:
    case OrganisationsError.UniversityExists:
    case OrganisationsError.ProgrammeExists:
    case OrganisationsError.ApprovalNotPending:
      return HttpStatus.CONFLICT;
    case OrganisationsError.NotStaffOfUniversity:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
