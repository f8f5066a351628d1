import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { Locale, localeFromHeader } from '../i18n/locale';
import { FieldFault, validationDetail, wordFault } from '../validation/validation-messages';
import { InvalidParam, ProblemDetails } from './problem-details';
import { RequestValidationException } from './request-validation.exception';

/** Turns every error into one RFC 9457 body. Unknown errors become a 500 without internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    problem.instance = request.originalUrl?.split('?')[0];
    // A refusal that says when to come back says it in the header too (429, 503).
    const retryAfter = (problem as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter === 'number' && Number.isFinite(retryAfter))
      response.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    if (!(exception instanceof HttpException) && problem.status >= 500) {
      this.logger.error(`${request.method} ${routeOf(request)} failed`, (exception as Error)?.stack ?? exception);
    }
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    if (exception instanceof RequestValidationException) {
      // Worded in the caller's language (Accept-Language, French by default); field and code stay machine-readable.
      const locale = localeFromHeader(request.headers?.['accept-language']);
      const errors = wordFaults(exception.invalidParams, locale);
      const detail = validationDetail(
        errors.map((e) => e.field),
        locale,
      );
      return { ...base(400, detail), code: 'validation_failed', errors };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail = typeof body === 'string' ? body : (messageOf(body) ?? exception.message);
      const extra = typeof body === 'object' && body !== null ? extensionsOf(body) : {};
      // A feature's own field errors are worded the same way when they name their rule.
      if (Array.isArray(extra.errors))
        extra.errors = wordFaults(extra.errors as FieldFault[], localeFromHeader(request.headers?.['accept-language']));
      return { ...extra, ...base(status, detail) };
    }
    // Errors thrown by Express middleware (body-parser: too large, malformed JSON) carry their own 4xx.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return base(status, (exception as Error).message);
    }
    return base(500, 'An unexpected error occurred');
  }
}

/**
 * The matched route's pattern (`/agreement-signatures/:token`), never the URL: paths and query strings carry one-time
 * tokens that a log must not keep. Without a matched route, long opaque segments are blanked.
 */
function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${request.baseUrl ?? ''}${pattern}`;
  return (request.originalUrl ?? '').split('?')[0].replace(/[A-Za-z0-9_-]{20,}/g, '…');
}

/** Each fault worded in `locale`; the template's inputs stay inside, any other member (a feature's `value`) goes out. */
function wordFaults(faults: FieldFault[], locale: Locale): InvalidParam[] {
  return faults.map((fault) => {
    const { messageKey: _key, values: _values, each: _each, ...shown } = fault;
    return { ...shown, message: wordFault(fault, locale) };
  });
}

function base(status: number, detail: string): ProblemDetails {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}

/** Members of an error body other than Nest's own (message, error, statusCode) become problem extensions. */
function extensionsOf(body: object): Record<string, unknown> {
  const { message: _message, error: _error, statusCode: _statusCode, ...rest } = body as Record<string, unknown>;
  return rest;
}

function messageOf(body: object): string | undefined {
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}
