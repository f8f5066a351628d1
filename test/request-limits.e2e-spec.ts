import { createStudent } from './support/accounts';
import { TestPlatform } from './support/platform';
import { createRequest, draftBody } from './support/requests-helpers';

/** One account cannot grow without bound: a student keeps at most REQUESTS_MAX_OPEN_PER_STUDENT open requests. */
describe('open requests per student', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { REQUESTS_MAX_OPEN_PER_STUDENT: '2' } });
  });
  afterAll(() => platform?.close());

  it('refuses one more with 409 naming the limit, and takes it again once one is archived', async () => {
    const student = await createStudent(platform);
    const first = await createRequest(platform, student.accessToken);
    await createRequest(platform, student.accessToken, { ...draftBody, title: 'Deuxième demande' });

    const refused = await platform.http(student.accessToken).post('/requests').send(draftBody).expect(409);
    expect(refused.body.code).toBe('request_open_limit');
    expect(refused.body.detail).toContain('REQUESTS_MAX_OPEN_PER_STUDENT = 2');

    await platform.http(student.accessToken).post(`/requests/${first.id}/archive`).expect(200);
    await platform.http(student.accessToken).post('/requests').send(draftBody).expect(201);
    const mine = await platform.http(student.accessToken).get('/requests/mine').expect(200);
    expect(mine.body.total).toBe(3);
  });
});
