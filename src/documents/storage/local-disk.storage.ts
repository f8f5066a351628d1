import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { DocumentStorage, STORAGE_KEY_PATTERN, StoredFileMissingError } from './document-storage';

/** Documents as files under one folder (the default storage; `STORAGE_DIR`). */
export class LocalDiskStorage extends DocumentStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written aside then renamed, so a reader never sees half a file and a crash leaves no partial one.
    const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await writeFile(partial, data, { mode: 0o600, flag: 'wx' });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return join(this.root, key);
  }
}
