import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentStorage, StoredFileMissingError } from './document-storage';
import { LocalDiskStorage } from './local-disk.storage';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'semsem-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads back and deletes bytes by key', async () => {
    const key = DocumentStorage.newKey(new Date('2025-11-28T12:00:00Z'));
    expect(key).toMatch(/^documents\/2025\/11\/[0-9a-f-]{36}$/);
    await storage.put(key, Buffer.from('%PDF-1.7 hello'));
    expect((await storage.get(key)).toString()).toBe('%PDF-1.7 hello');
    expect(await readdir(join(root, 'documents/2025/11'))).toEqual([key.split('/').pop()]);

    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys it did not make, so nothing escapes its folder', async () => {
    for (const key of ['../etc/passwd', 'documents/2025/11/../../x', '/abs', 'cv.pdf']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/not a storage key/);
      await expect(storage.get(key)).rejects.toThrow(/not a storage key/);
    }
  });
});
