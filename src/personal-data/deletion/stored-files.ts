import { Logger } from '@nestjs/common';
import { DocumentStorage } from '../../documents/storage/document-storage';

/**
 * Removes files whose rows are already gone (after the commit, never before: a failed transaction must not lose
 * files its rows still point to). A file that cannot be removed is logged with its key and left behind.
 */
export async function removeStoredFiles(storage: DocumentStorage, keys: string[], logger: Logger): Promise<number> {
  let removed = 0;
  for (const key of new Set(keys)) {
    try {
      await storage.delete(key);
      removed += 1;
    } catch (error) {
      logger.error(`could not remove stored file ${key}: ${(error as Error).message}`);
    }
  }
  return removed;
}
