import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ProblemDetails } from '../common/errors/problem-details';
import { RATE_LIMIT_POLICIES, RateLimitName } from './rate-limit.policies';

export const RATE_LIMITS = 'rate-limit:names';

/**
 * Counts each call of the route (or of every route of the controller) against these limits; over one of them the
 * caller gets 429 problem details (`rate_limited`) with a Retry-After header. Described in OpenAPI.
 */
export const RateLimit = (...names: RateLimitName[]) =>
  applyDecorators(
    SetMetadata(RATE_LIMITS, names),
    ApiTooManyRequestsResponse({
      type: ProblemDetails,
      description:
        `Too many requests (code \`rate_limited\`): ` +
        names.map((name) => `${RATE_LIMIT_POLICIES[name].counted} (${RATE_LIMIT_POLICIES[name].setting})`).join(', ') +
        ' are limited per window; the detail names the window',
      headers: {
        'Retry-After': { description: 'Seconds until the window ends', schema: { type: 'integer', example: 60 } },
      },
    }),
  );
