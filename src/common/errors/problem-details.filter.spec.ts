import { ArgumentsHost } from '@nestjs/common';
import { DomainException } from './domain.exception';
import { ProblemDetailsFilter } from './problem-details.filter';
import { RequestValidationException } from './request-validation.exception';

class SampleException extends DomainException<'sample_refused'> {
  constructor(errors: unknown[]) {
    super('sample_refused', 422, 'Refused', { errors });
  }
}

/** The body the filter sends for `exception`, as a request with that Accept-Language header. */
function problemOf(exception: unknown, acceptLanguage?: string): Record<string, unknown> {
  let sent: Record<string, unknown> = {};
  const response = {
    setHeader: () => response,
    status: () => response,
    type: () => response,
    json: (body: Record<string, unknown>) => (sent = body),
  };
  const request = { originalUrl: '/api/sample', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return sent;
}

describe('ProblemDetailsFilter wording of field errors', () => {
  const validation = () =>
    new RequestValidationException([
      { field: 'tags.0', code: 'maxLength', values: [40], each: false, message: 'tags.0 is too long' },
    ]);

  it('words a validation error in French by default, in English on request, without the template inputs', () => {
    expect(problemOf(validation())).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'La requête a 1 champ invalide : tags.0',
      errors: [{ field: 'tags.0', code: 'maxLength', message: 'tags[0] doit contenir au plus 40 caractères' }],
    });
    const english = problemOf(validation(), 'en-US,en;q=0.9');
    expect(english.detail).toBe('The request has 1 invalid field: tags.0');
    expect(english.errors).toEqual([
      { field: 'tags.0', code: 'maxLength', message: 'tags[0] must be at most 40 characters long' },
    ]);
  });

  it('words a feature’s coded field errors and keeps their other members and uncoded messages', () => {
    const problem = problemOf(
      new SampleException([
        { field: 'evidence.documentId', code: 'isOwnDocument', message: 'must be the id of one of your documents' },
        { field: 'skills', code: 'skill_matches_no_request', value: 'soudure', message: 'soudure matches no request' },
      ]),
    );
    expect(problem).toMatchObject({ status: 422, code: 'sample_refused', detail: 'Refused' });
    expect(problem.errors).toEqual([
      { field: 'evidence.documentId', code: 'isOwnDocument', message: 'documentId doit être l’un de vos documents' },
      { field: 'skills', code: 'skill_matches_no_request', value: 'soudure', message: 'soudure matches no request' },
    ]);
  });
});
