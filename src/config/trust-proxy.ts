import { isIP } from 'node:net';
import { ValidationOptions, registerDecorator } from 'class-validator';

/**
 * Which reverse proxies Express believes about the client's address (`X-Forwarded-For`), as its `trust proxy`
 * setting takes it: off, every proxy, a number of hops, or the proxies' addresses / subnets / named ranges.
 */
export type TrustProxy = boolean | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `false`/`off`, `true`/`on`, a hop count, or a comma-separated list; null when malformed. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === 'off') return false;
  if (text === 'true' || text === 'on') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops <= 10 ? hops : null;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isProxyEntry) ? entries : null;
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isTrustProxy',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          'must be false, true, a hop count (1-10) or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
        ...options,
      },
      validator: {
        validate: (value: unknown): boolean => typeof value === 'string' && parseTrustProxy(value) !== null,
      },
    });
  };
}
