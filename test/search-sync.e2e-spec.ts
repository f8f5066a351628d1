import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createStudent, createUserDirectly, TestAccount } from './support/accounts';
import { cvPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload, waitForText } from './support/requests-helpers';
import { until } from './support/eventually';

/** The whole path of a change: request API → Postgres + outbox → worker → Elasticsearch → company search. */
describe('guided search follows the requests', () => {
  let platform: TestPlatform;
  let student: TestAccount;
  let company: TestAccount;

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    student = await createStudent(platform);
    company = await createCompanyContact(platform);
  });
  afterAll(() => platform?.close());

  type Hit = { requestId: string; title: string; studyYear: { code: number }; highlights: { cv: string[] } };
  async function search(q: string): Promise<Hit[]> {
    const response = await platform
      .http(company.accessToken)
      .get(`/profiles/search?q=${encodeURIComponent(q)}`)
      .expect(200);
    return response.body.items;
  }

  it('reflects publication, CV text, an edit, hiding and archiving within seconds', async () => {
    const request = await createRequest(platform, student.accessToken, {
      title: 'Stage ingénieur logiciel',
      message: 'Je cherche un stage de fin d’études.',
      keywords: ['TypeScript'],
      wantedNaceDivisions: ['62'],
      wantedCountries: ['TN'],
      startDate: '2027-02-01',
      durationWeeks: 16,
      languages: ['fr'],
      visibleToCompanies: true,
    });
    const cv = await upload(platform, student.accessToken, request.id, 'cv', await cvPdf()).expect(201);
    await waitForText(platform, student.accessToken, cv.body.id);
    expect(await search('ingénieur logiciel')).toEqual([]); // a draft is never shown

    await platform.http(student.accessToken).post(`/requests/${request.id}/publish`).expect(200);
    await until(
      () => search('ingénieurs'),
      (hits) => hits.some((h) => h.requestId === request.id),
      'publication',
    );
    // Words found only in the extracted CV text reach the search too.
    const byCv = await until(
      () => search('covoiturage'),
      (hits) => hits.length === 1,
      'CV text',
    );
    expect(byCv[0].highlights.cv.join(' ')).toContain('<mark>covoiturage</mark>');

    await platform
      .http(student.accessToken)
      .patch(`/requests/${request.id}`)
      .send({ title: 'Stage data engineer' })
      .expect(200);
    await until(
      () => search('data engineer'),
      (hits) => hits[0]?.title === 'Stage data engineer',
      'the edit',
    );

    await platform
      .http(student.accessToken)
      .patch(`/requests/${request.id}`)
      .send({ visibleToCompanies: false })
      .expect(200);
    await until(
      () => search('covoiturage'),
      (hits) => hits.length === 0,
      'hiding',
    );

    await platform
      .http(student.accessToken)
      .patch(`/requests/${request.id}`)
      .send({ visibleToCompanies: true })
      .expect(200);
    await until(
      () => search('covoiturage'),
      (hits) => hits.length === 1,
      'showing again',
    );
    await platform.http(student.accessToken).post(`/requests/${request.id}/archive`).expect(200);
    await until(
      () => search('covoiturage'),
      (hits) => hits.length === 0,
      'archiving',
    );
  });

  it("follows the student's schooling and the account's state", async () => {
    const other = await createStudent(platform, { studyYear: 2 });
    const request = await createRequest(platform, other.accessToken, {
      title: 'Stage automatisme industriel',
      keywords: ['Automates', 'Grafcet'],
      wantedNaceDivisions: ['29'],
      visibleToCompanies: true,
    });
    const cv = await upload(platform, other.accessToken, request.id, 'cv', await cvPdf()).expect(201);
    await waitForText(platform, other.accessToken, cv.body.id);
    await platform.http(other.accessToken).post(`/requests/${request.id}/publish`).expect(200);
    await until(
      () => search('grafcet'),
      (hits) => hits[0]?.studyYear.code === 2,
      'publication',
    );

    await platform.http(other.accessToken).put('/me/schooling').send({ studyYear: 3 }).expect(204);
    await until(
      () => search('grafcet'),
      (hits) => hits[0]?.studyYear.code === 3,
      'the new study year',
    );

    const admin = await createUserDirectly(platform, Role.Admin);
    await platform.http(company.accessToken).post(`/admin/users/${other.userId}/disable`).expect(403);
    await platform.http(admin.accessToken).post(`/admin/users/${other.userId}/disable`).expect(204);
    await platform.http(other.accessToken).get('/me').expect(401); // its sessions were closed
    const refused = await platform
      .http()
      .post('/auth/login')
      .send({ email: other.email, password: other.password })
      .expect(403);
    expect(refused.body.code).toBe('account_disabled');
    await until(
      () => search('grafcet'),
      (hits) => hits.length === 0,
      'the disabled account',
    );
    await platform.http(admin.accessToken).post(`/admin/users/${other.userId}/enable`).expect(204);
    await until(
      () => search('grafcet'),
      (hits) => hits.length === 1,
      'the enabled account',
    );
  });
});
