import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum AccountsError {
  InvalidCredentials = 'invalid_credentials',
  EmailNotVerified = 'email_not_verified',
  AccountDisabled = 'account_disabled',
  EmailTaken = 'email_taken',
  InvalidToken = 'invalid_token',
  RefreshTokenReused = 'refresh_token_reused',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  UnknownProgramme = 'unknown_programme',
  UserNotFound = 'user_not_found',
}

const messages: Record<AccountsError, string> = {
  [AccountsError.InvalidCredentials]: 'E-mail or password is wrong',
  [AccountsError.EmailNotVerified]: 'Confirm your e-mail address first: follow the link we sent you',
  [AccountsError.AccountDisabled]: 'This account is disabled',
  [AccountsError.EmailTaken]: 'An account already uses this e-mail address',
  [AccountsError.InvalidToken]: 'This link or token is invalid, used or expired',
  [AccountsError.RefreshTokenReused]: 'This refresh token was already used; the session is closed for safety',
  [AccountsError.Unauthenticated]: 'A valid access token is required',
  [AccountsError.Forbidden]: 'Your role does not allow this',
  [AccountsError.UnknownProgramme]: 'No such programme',
  [AccountsError.UserNotFound]: 'No such account',
};

export class AccountsException extends DomainException<AccountsError> {
  constructor(code: AccountsError, detail = messages[code]) {
    super(code, statusOf(code), detail);
  }
}

function statusOf(code: AccountsError): number {
  switch (code) {
    case AccountsError.InvalidCredentials:
    case AccountsError.InvalidToken:
    case AccountsError.RefreshTokenReused:
    case AccountsError.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case AccountsError.EmailNotVerified:
    case AccountsError.AccountDisabled:
    case AccountsError.Forbidden:
      return HttpStatus.FORBIDDEN;
    case AccountsError.EmailTaken:
      return HttpStatus.CONFLICT;
    case AccountsError.UnknownProgramme:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case AccountsError.UserNotFound:
      return HttpStatus.NOT_FOUND;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
