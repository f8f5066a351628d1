import request from 'supertest';
import { CutProxy } from '../drill/elasticsearch-fault';
import { createCompanyContact, createStudent, seedProgramme, TestAccount } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { cvPdf, letterPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';
import { until } from './support/eventually';

// Longer than the shared default: catching up after the hung search takes the engine client timeout.
const untilCaughtUp = <T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 30_000) =>
  until(read, accept, what, timeoutMs);

type Contact = TestAccount & { companyId: string };

const requestBody = (title: string, visibleToCompanies = true) => ({
  title,
  message: 'Je cherche un stage de fin d’études en développement backend.',
  keywords: ['TypeScript', 'NestJS'],
  wantedNaceDivisions: ['62'],
  wantedCountries: ['TN'],
  wantedCities: ['Sfax'],
  startDate: '2027-02-01',
  durationWeeks: 16,
  languages: ['fr'],
  visibleToCompanies,
});

/**
 * The long drill's 500s: while Elasticsearch was away, edits failed with "timeout exceeded when trying to connect"
 * (the API's Postgres pool ran dry). Here Elasticsearch takes some requests and never answers them (through the
 * drill's proxy, in front of the shared node): the worker's matching pass is stuck on such a request while the
 * stream of edits the drill makes goes on. Every edit must still be answered, at once, and the pool keep serving.
 */
describe('edits while Elasticsearch hangs', () => {
  jest.setTimeout(5 * 60_000);

  let proxy: CutProxy;
  let platform: TestPlatform;
  let contact: Contact;
  let students: TestAccount[];
  let outsider: TestAccount;
  let outsiderUniversity: string;
  const requests: string[] = [];
  const offers: string[] = [];
  let outsiderRequest: string;

  const pendingWork = async () =>
    Number(
      (
        await platform.dataSource.query(
          `SELECT (SELECT count(*) FROM search_outbox WHERE processed_at IS NULL) + (SELECT count(*) FROM offer_match_queue) AS n`,
        )
      )[0].n,
    );

  async function publishedRequest(student: TestAccount, title: string, visible = true): Promise<string> {
    const { id } = await createRequest(platform, student.accessToken, requestBody(title, visible));
    await upload(platform, student.accessToken, id, 'cv', await cvPdf()).expect(201);
    await upload(platform, student.accessToken, id, 'letter', await letterPdf(), 'letter.pdf').expect(201);
    await platform.http(student.accessToken).post(`/requests/${id}/publish`).expect(200);
    return id;
  }

  beforeAll(async () => {
    const elasticsearchPort = Number(new URL(process.env.ELASTICSEARCH_URL!).port || 9200);
    proxy = new CutProxy(0, elasticsearchPort);
    await proxy.up();
    // The API and the worker both reach Elasticsearch through the proxy.
    platform = await startDocumentsPlatform({ ELASTICSEARCH_URL: proxy.url });
    const inside = await seedProgramme(platform, 'Génie logiciel');
    const other = await seedProgramme(platform, 'Génie logiciel');
    outsiderUniversity = other.universityId;
    [contact, outsider, ...students] = await Promise.all([
      createCompanyContact(platform),
      createStudent(platform, { programmeId: other.programmeId, studyYear: 4 }),
      ...Array.from({ length: 4 }, () => createStudent(platform, { programmeId: inside.programmeId, studyYear: 4 })),
    ]);
    const http = platform.http(contact.accessToken);
    // Aimed at the inside university only: the outsider's request matches none of them.
    for (const title of ['Stage TypeScript A', 'Stage TypeScript B']) {
      const body = softwareOfferBody(title, { targeting: 'university', targetUniversityId: inside.universityId });
      const { id } = (await http.post(`/companies/${contact.companyId}/offers`).send(body).expect(201)).body;
      await http.post(`/offers/${id}/publish`).expect(200);
      offers.push(id);
    }
    for (const [i, student] of students.entries()) requests.push(await publishedRequest(student, `Stage backend ${i}`));
    // Hidden from companies, so no offer's search finds it: only its own matching names its university.
    outsiderRequest = await publishedRequest(outsider, 'Stage backend ailleurs', false);
    await untilCaughtUp(pendingWork, (n) => n === 0, 'the search sync and the matching to settle', 60_000);
    const [{ n }] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM offer_matches WHERE offer_id = ANY($1::uuid[])`,
      [offers],
    );
    expect(n).toBe(students.length * offers.length);
  });

  afterAll(async () => {
    proxy?.stallWhen(null);
    proxy?.dropStalled();
    await platform?.close();
    await proxy?.release();
  });

  it('answers every edit, none with a 5xx, while a matching pass waits on a search that never answers', async () => {
    // One matching pass: both offers (their matches recorded again), then the outsider's request, whose search
    // (it names the outsider's university) Elasticsearch takes and never answers.
    proxy.stallWhen(outsiderUniversity);
    // Found anew, the matches are inserted: each insert's foreign keys lock (KEY SHARE) the request, the offer and
    // the student it names, until the pass commits.
    await platform.dataSource.query(`DELETE FROM offer_matches WHERE offer_id = ANY($1::uuid[])`, [offers]);
    await platform.dataSource.query(
      `INSERT INTO offer_match_queue (kind, entity_id, queued_at, next_attempt_at)
       SELECT kind, id, now() - make_interval(secs => n), now() - interval '1 second'
         FROM unnest($1::text[], $2::uuid[], $3::int[]) AS q(kind, id, n)`,
      [
        ['offer', 'offer', 'request'],
        [...offers, outsiderRequest],
        [3, 2, 1],
      ],
    );
    await untilCaughtUp(
      async () => proxy.stalled,
      (n) => n > 0,
      'the matching pass to wait on Elasticsearch',
    );

    const as = (account: TestAccount) => platform.http(account.accessToken);
    const contactHttp = () => as(contact);
    const cv = await cvPdf();
    const edits: Array<[string, () => request.Test]> = [];
    students.forEach((student, i) => {
      const requestId = requests[i];
      edits.push(
        [
          'create request',
          () =>
            as(student)
              .post('/requests')
              .send(requestBody(`Stage nouveau ${i}`)),
        ],
        [
          'rename student',
          () =>
            as(student)
              .patch('/me')
              .send({ lastName: `Renommé ${i}` }),
        ],
      );
      // The last student's request is archived; the others are edited.
      if (i === students.length - 1)
        return void edits.push(['archive request', () => as(student).post(`/requests/${requestId}/archive`)]);
      edits.push(
        [
          'edit request',
          () =>
            as(student)
              .patch(`/requests/${requestId}`)
              .send({ title: `Stage backend édité ${i}` }),
        ],
        [
          'upload cv',
          () =>
            as(student)
              .post(`/requests/${requestId}/documents`)
              .field('kind', 'cv')
              .attach('file', cv, { filename: 'cv.pdf', contentType: 'application/pdf' }),
        ],
        i % 2 === 0
          ? [
              'apply',
              () =>
                as(student)
                  .post(`/offers/${offers[0]}/applications`)
                  .send({ message: 'Votre offre me correspond.', requestId }),
            ]
          : ['hide request', () => as(student).patch(`/requests/${requestId}`).send({ visibleToCompanies: false })],
      );
    });
    edits.push(
      ['edit offer', () => contactHttp().patch(`/offers/${offers[0]}`).send({ title: 'Stage TypeScript A édité' })],
      ['unpublish offer', () => contactHttp().post(`/offers/${offers[1]}/unpublish`)],
      [
        'create offer',
        () =>
          contactHttp().post(`/companies/${contact.companyId}/offers`).send(softwareOfferBody('Stage TypeScript C')),
      ],
      [
        'rename company',
        () => contactHttp().patch(`/companies/${contact.companyId}`).send({ name: 'Entreprise renommée' }),
      ],
    );
    const answers = await Promise.all(
      edits.map(async ([kind, send]) => {
        const response = await send();
        return {
          kind,
          status: response.status,
          body: response.status >= 500 ? response.text.slice(0, 300) : undefined,
        };
      }),
    );

    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    // Taken, not refused: each kind of edit went through.
    expect(answers.filter((answer) => answer.status >= 300)).toEqual([]);
    // All answered while the matching pass still waits on Elasticsearch: no edit waited for it.
    expect(proxy.stalled).toBeGreaterThan(0);
    // Nor did the search sync: the pass has claimed the offers' rows of the matching's queue, and queueing the
    // edited offers again (which the sync does as it indexes them) does not wait for the pass to end.
    await untilCaughtUp(
      async () =>
        Number(
          (await platform.dataSource.query(`SELECT count(*) AS n FROM search_outbox WHERE processed_at IS NULL`))[0].n,
        ),
      (n) => n === 0,
      'the search sync to index the edits while the matching pass hangs',
    );
    expect(proxy.stalled).toBeGreaterThan(0);
    // The pool still serves.
    await as(students[0]).get('/me').expect(200);
    await as(students[1]).patch(`/requests/${requests[1]}`).send({ title: 'Stage backend, encore' }).expect(200);

    // Elasticsearch back: the stuck pass fails its search, and the matching catches up with the edits.
    proxy.stallWhen(null);
    proxy.dropStalled();
    await untilCaughtUp(pendingWork, (n) => n === 0, 'the matching to catch up', 90_000);
  });
});
