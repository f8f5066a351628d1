import { createHash } from 'node:crypto';
import { RateWindow } from '../config/app-config';
import { RateLimitSubject } from './rate-limit.policies';

/** A fixed window's counter just after this request's increment, and the time left in the window. */
export interface WindowCount {
  count: number;
  /** Redis PTTL: milliseconds left, or negative when the key has no expiry. */
  ttlMs: number;
}

export interface Verdict {
  allowed: boolean;
  /** Seconds until the window ends (0 when allowed); always at least 1 when refused. */
  retryAfterSeconds: number;
}

/** The request is allowed while the window's count stays within the limit. */
export function judge(window: RateWindow, counted: WindowCount): Verdict {
  if (counted.count <= window.limit) return { allowed: true, retryAfterSeconds: 0 };
  const ttlMs = counted.ttlMs > 0 ? counted.ttlMs : window.windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

/** "15 minutes", "1 hour", "90 seconds": the window as the 429's detail names it. */
export function describeDuration(seconds: number): string {
  const units: Array<[string, number]> = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (seconds >= size && seconds % size === 0) return plural(seconds / size, unit);
  }
  return plural(seconds, 'second');
}

/**
 * The part of the Redis key naming whom a request counts against, or null when there is nothing to count
 * (no e-mail in the body: validation refuses that request anyway). E-mails are hashed: no addresses in Redis.
 */
export function subjectKey(
  subject: RateLimitSubject,
  request: { ip?: string; body?: unknown; user?: { id: string } },
): string | null {
  const ip = `ip:${request.ip ?? 'unknown'}`;
  if (subject === 'ip') return ip;
  // Set by the access-token guard, which runs first (ApiModule); a per-user limit needs an authenticated route.
  if (subject === 'user') return request.user ? `user:${request.user.id}` : null;
  const email = (request.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== 'string' || email.trim() === '') return null;
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return subject === 'email' ? `email:${digest.slice(0, 32)}` : `email:${digest.slice(0, 32)}:${ip}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
