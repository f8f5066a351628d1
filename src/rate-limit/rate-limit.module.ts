import { Module } from '@nestjs/common';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter';

/**
 * Redis-backed rate limits of the routes marked with @RateLimit (the API process only). Its guard is installed by
 * ApiModule after the access-token guard, so that limits counted per user see the authenticated caller.
 */
@Module({
  providers: [RateLimiter, RateLimitGuard],
  exports: [RateLimiter, RateLimitGuard],
})
export class RateLimitModule {}
