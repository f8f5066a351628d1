import { createCompanyContact, createStudent, seedProgramme, TestAccount } from './support/accounts';
import { cvPdf, letterPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';

/**
 * Who saw which CV, and when: every read of a student's request or document by a company contact is logged, the
 * student reads that log, and a company contact reads at most PROFILE_READS_PER_DAY distinct ones per day.
 */
describe('company contacts’ reads of profiles and CVs', () => {
  let platform: TestPlatform;
  let student: TestAccount;
  let contact: TestAccount & { companyId: string };
  let colleague: TestAccount & { companyId: string };
  let requestId: string;
  let cvId: string;
  let letterId: string;

  beforeAll(async () => {
    platform = await startDocumentsPlatform({ PROFILE_READS_PER_DAY: '2' });
    const { programmeId } = await seedProgramme(platform);
    student = await createStudent(platform, { programmeId, studyYear: 4 });
    contact = await createCompanyContact(platform, { firstName: 'Valentin', lastName: 'Bouquet' });
    colleague = await createCompanyContact(platform, { firstName: 'Amira', lastName: 'Zouari' });
    ({ id: requestId } = await createRequest(platform, student.accessToken));
    cvId = (await upload(platform, student.accessToken, requestId, 'cv', await cvPdf()).expect(201)).body.id;
    letterId = (
      await upload(platform, student.accessToken, requestId, 'letter', await letterPdf(), 'lettre.pdf').expect(201)
    ).body.id;
    await platform.http(student.accessToken).post(`/requests/${requestId}/publish`).expect(200);
  });
  afterAll(() => platform?.close());

  it('logs each read once a day, shows the student who read what, and stops a contact at the daily cap', async () => {
    const reader = platform.http(contact.accessToken);
    await reader.get(`/requests/${requestId}`).expect(200);
    await reader.get(`/requests/${requestId}`).expect(200); // the same request again today: counted once
    await reader.get(`/documents/${cvId}/file`).expect(200);
    const refused = await reader.get(`/documents/${letterId}/file`).expect(429);
    expect(refused.body.code).toBe('profile_reads_daily_cap');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    await reader.get(`/documents/${cvId}/file`).expect(200); // read already today: no new place taken

    // Another contact has a cap of their own.
    await platform.http(colleague.accessToken).get(`/documents/${letterId}/file`).expect(200);
    // The student's own reads are not company reads.
    await platform.http(student.accessToken).get(`/documents/${cvId}/file`).expect(200);

    const { body } = await platform.http(student.accessToken).get('/me/profile-reads').expect(200);
    expect(body.total).toBe(3);
    expect(body.items.map((r: { readerName: string; kind: string }) => [r.readerName, r.kind])).toEqual([
      ['Amira Zouari', 'letter'],
      ['Valentin Bouquet', 'cv'],
      ['Valentin Bouquet', 'request'],
    ]);
    expect(body.items[2]).toMatchObject({
      requestId,
      requestTitle: expect.any(String),
      companyName: expect.any(String),
    });
    await platform.http(contact.accessToken).get('/me/profile-reads').expect(403);
    const paged = await platform.http(student.accessToken).get('/me/profile-reads?limit=1&offset=1').expect(200);
    expect(paged.body).toMatchObject({
      total: 3,
      limit: 1,
      offset: 1,
      items: [expect.objectContaining({ kind: 'cv' })],
    });
  });
});
