import { ValidationOptions, registerDecorator } from 'class-validator';

/** A required URL whose scheme is one of `protocols` (e.g. `postgres:`) and that names a host. */
export function IsServiceUrl(protocols: string[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isServiceUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => isServiceUrl(value, protocols),
      },
    });
  };
}

/** One or more such URLs, comma-separated (the nodes of a cluster); blanks around commas are allowed. */
export function IsServiceUrlList(protocols: string[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isServiceUrlList',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `must be one or more comma-separated URLs starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          splitUrlList(value).length > 0 &&
          splitUrlList(value).every((url) => isServiceUrl(url, protocols)),
      },
    });
  };
}

/** The URLs of a comma-separated list, trimmed, without empty items. */
export function splitUrlList(value: string): string[] {
  return value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

function isServiceUrl(value: unknown, protocols: string[]): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}
