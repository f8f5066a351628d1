import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum SearchError {
  /** A company contact whose membership is pending or rejected: no company yet, so no search. */
  NotActiveCompanyContact = 'not_active_company_contact',
  /** An active contact of a company that the platform has not approved yet (or has rejected). */
  CompanyNotApproved = 'company_not_approved',
  /** Elasticsearch does not answer (down, overloaded): the search cannot run, nothing is wrong with the request. */
  EngineUnavailable = 'search_engine_unavailable',
}

const messages: Record<SearchError, string> = {
  [SearchError.NotActiveCompanyContact]: 'Only active contacts of a company may search profiles',
  [SearchError.CompanyNotApproved]:
    'Your company awaits its approval by the platform before its contacts read student profiles',
  [SearchError.EngineUnavailable]: 'The search engine (Elasticsearch) is unavailable; try again in a moment',
};

export class SearchException extends DomainException<SearchError> {
  constructor(code: SearchError, extra: Record<string, unknown> = {}, detail = messages[code]) {
    super(code, statusOf(code), detail, extra);
  }
}

function statusOf(code: SearchError): number {
  switch (code) {
    case SearchError.NotActiveCompanyContact:
    case SearchError.CompanyNotApproved:
      return HttpStatus.FORBIDDEN;
    case SearchError.EngineUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
