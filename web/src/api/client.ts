import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../auth/session-store';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDetails'];

/** An answer of the API that is not a success, with its problem-details body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** Field → messages, for showing the API's own validation messages next to the fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? [])
      out[field] = out[field] ? `${out[field]} ; ${message}` : message;
    return out;
  }
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    // Tokens are short-lived: renew before the call rather than replaying it after a 401.
    const token = await session.freshAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', document.documentElement.lang || 'fr');
    return request;
  },
};

/** The typed client generated from the service's own OpenAPI document (web/openapi.json). */
export const api = createClient<paths>({ baseUrl: '/api' });
api.use(authMiddleware);

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the problem details. */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const result = await pending;
  if (result.response.status === 401) session.clear();
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, (result.error ?? {}) as Partial<Problem>);
  }
  return result.data as T;
}
