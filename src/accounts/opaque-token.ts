import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link or a refresh; only its SHA-256 is stored, so a database leak reveals none. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
