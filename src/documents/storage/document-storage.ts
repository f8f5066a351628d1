import { randomUUID } from 'node:crypto';

/** The file asked for is not in the storage (as opposed to the storage being unreachable). */
export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under key ${key}`);
    this.name = 'StoredFileMissingError';
  }
}

/**
 * Where document bytes live. Callers only know keys, so an S3-compatible storage can replace the local disk
 * without touching them. Inject this class; the module binds it to an implementation.
 */
export abstract class DocumentStorage {
  /** Stores the bytes under a key; the write is complete (or absent) when the promise settles. */
  abstract put(key: string, data: Buffer): Promise<void>;

  /** The bytes under a key; rejects with StoredFileMissingError when there are none. */
  abstract get(key: string): Promise<Buffer>;

  /** Removes the bytes under a key; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;

  /** A fresh key: random, grouped by month, never derived from user input. */
  static newKey(now = new Date()): string {
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    return `documents/${month}/${randomUUID()}`;
  }
}

/** The shape of keys newKey makes; storages refuse anything else, so a key can never escape their root. */
export const STORAGE_KEY_PATTERN = /^documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/;
