import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { RATE_LIMITS } from './rate-limit.decorator';
import { RATE_LIMIT_POLICIES, RateLimitName } from './rate-limit.policies';
import { RateLimitedException } from './rate-limited.exception';
import { RateLimiter } from './rate-limiter';
import { describeDuration, judge, subjectKey } from './rate-window';

/** Applies the limits named by @RateLimit; routes without it are not counted. Client IP: req.ip (TRUST_PROXY). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const names = this.reflector.getAllAndOverride<RateLimitName[] | undefined>(RATE_LIMITS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!names?.length || context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const checks = names.flatMap((name) => {
      const subject = subjectKey(RATE_LIMIT_POLICIES[name].subject, request);
      return subject ? [{ name, window: this.config.rateLimits[name], key: `${name}:${subject}` }] : [];
    });
    const counts = await this.limiter.count(checks.map((c) => ({ key: c.key, windowSeconds: c.window.windowSeconds })));

    const refused = checks
      .map((check, i) => ({ check, verdict: judge(check.window, counts[i]) }))
      .filter(({ verdict }) => !verdict.allowed)
      .sort((a, b) => b.verdict.retryAfterSeconds - a.verdict.retryAfterSeconds)[0];
    if (!refused) return true;

    const { check, verdict } = refused;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new RateLimitedException(
      `Too many ${RATE_LIMIT_POLICIES[check.name].counted}: at most ${check.window.limit} every ` +
        `${describeDuration(check.window.windowSeconds)}. Try again in ${describeDuration(verdict.retryAfterSeconds)}.`,
      verdict.retryAfterSeconds,
    );
  }
}
