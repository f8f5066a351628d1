import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from './eventually';
import { TestPlatform } from './platform';

/** A small upload limit keeps the oversized-file test fast; every fixture CV is far below it. */
export const TEST_UPLOAD_MAX_BYTES = 256 * 1024;

/** The platform with its own storage folder (so a test can count the files it leaves) and a small upload limit. */
export function startDocumentsPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const storageDir = join(
    tmpdir(),
    `semsem-test-${process.env.TEST_RUN_ID}`,
    `storage-${randomBytes(3).toString('hex')}`,
  );
  return TestPlatform.start({
    env: { STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(TEST_UPLOAD_MAX_BYTES), ...env },
  });
}

export const draftBody = {
  title: 'Stage de fin d’études en développement web',
  message: 'Je cherche un stage de quatre mois à partir de février.',
  keywords: ['TypeScript', 'NestJS'],
  wantedNaceDivisions: ['62'],
  wantedCountries: ['TN', 'FR'],
  wantedCities: ['Sfax'],
  startDate: '2026-02-02',
  durationWeeks: 16,
  languages: ['fr', 'en'],
  visibleToCompanies: true,
};

export async function createRequest(
  platform: TestPlatform,
  accessToken: string,
  body: Record<string, unknown> = draftBody,
): Promise<{ id: string; version: number; status: string }> {
  return (await platform.http(accessToken).post('/requests').send(body).expect(201)).body;
}

export function upload(
  platform: TestPlatform,
  accessToken: string,
  requestId: string,
  kind: string,
  data: Buffer,
  fileName = 'cv.pdf',
) {
  return platform
    .http(accessToken)
    .post(`/requests/${requestId}/documents`)
    .field('kind', kind)
    .attach('file', data, { filename: fileName, contentType: 'application/pdf' });
}

/** Polls a document until the worker has read its text (any status but pending), or fails after the deadline. */
export async function waitForText(
  platform: TestPlatform,
  accessToken: string,
  documentId: string,
  timeoutMs = 30_000,
): Promise<{ textStatus: string }> {
  return until(
    async () => (await platform.http(accessToken).get(`/documents/${documentId}`).expect(200)).body,
    (document: { textStatus: string }) => document.textStatus !== 'pending',
    `the text of document ${documentId} read`,
    timeoutMs,
  );
}

/** Every file under the platform's storage folder (relative paths), partial writes included. */
export async function storedFiles(platform: TestPlatform): Promise<string[]> {
  const root = platform.config.documents.storageDir;
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function documentRows(platform: TestPlatform): Promise<number> {
  const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM documents');
  return count;
}
