import { Client } from '@elastic/elasticsearch';
import { randomUUID } from 'node:crypto';
import { OffersIndexService } from '../indexer/offers/offers-index.service';
import { ProfilesIndexService } from '../indexer/profiles/profiles-index.service';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DOCUMENTS_QUEUE, DocumentsJob } from '../src/documents/text/document-text.queue';
import { DocumentsProcessor } from '../src/documents/text/documents.processor';
import { MATCH_GIVES_WAY_SECONDS, MatchQueueService } from '../src/matched-offers/match-queue.service';
import { ForegroundWork } from '../src/queue/foreground-work';
import { OfferMatcherService } from '../src/matched-offers/offer-matcher.service';
import { createCompanyContact, createStudent, TestAccount } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';
import { cvPdf } from './support/pdf-fixtures';
import { createRequest, draftBody, startDocumentsPlatform, upload } from './support/requests-helpers';
import { until } from './support/eventually';

/**
 * What the fault drill found: names changed without an outbox row stayed old in the index until the nightly
 * rebuild, and one failing row of the matching queue blocked every row after it.
 */
describe('index followers', () => {
  let platform: TestPlatform;
  let client: Client;

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    client = new Client({ node: platform.config.elasticsearch.url });
  });
  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  /** The matching queue's row of an entity (none once crossed off). */
  async function queued(id: string): Promise<Array<{ attempts: number; claimed_until: Date | null; due: boolean }>> {
    return platform.dataSource.query(
      `SELECT attempts, claimed_until, next_attempt_at <= now() AS due FROM offer_match_queue WHERE entity_id = $1`,
      [id],
    );
  }

  async function source<T>(alias: string, id: string): Promise<T | null> {
    const response = await client.get<T>({ index: alias, id }, { ignore: [404] });
    return response.found ? response._source! : null;
  }

  it("shows a student's new name in their indexed profiles within seconds (PATCH /me)", async () => {
    const student: TestAccount = await createStudent(platform);
    const request = await createRequest(platform, student.accessToken, { ...draftBody, title: 'Stage réseaux' });
    await upload(platform, student.accessToken, request.id, 'cv', await cvPdf()).expect(201);
    await platform.http(student.accessToken).post(`/requests/${request.id}/publish`).expect(200);
    const alias = platform.worker!.get(ProfilesIndexService).alias;
    await until(
      () => source<{ last_name: string }>(alias, request.id),
      (doc) => doc !== null,
      'publication',
    );

    await platform
      .http(student.accessToken)
      .patch('/me')
      .send({ firstName: 'Yasmine', lastName: 'Ben Salah' })
      .expect(200);
    const doc = await until(
      () => source<{ first_name: string; last_name: string }>(alias, request.id),
      (d) => d?.last_name === 'Ben Salah',
      'the new name',
    );
    expect(doc).toMatchObject({ first_name: 'Yasmine', last_name: 'Ben Salah' });
  });

  it("shows a company's new name in its indexed offers within seconds", async () => {
    const contact = await createCompanyContact(platform);
    const http = platform.http(contact.accessToken);
    const offer = (
      await http.post(`/companies/${contact.companyId}/offers`).send(softwareOfferBody('Stage API')).expect(201)
    ).body;
    await http.post(`/offers/${offer.id}/publish`).expect(200);
    const alias = platform.worker!.get(OffersIndexService).alias;
    await until(
      () => source<{ company_name: string }>(alias, offer.id),
      (doc) => doc !== null,
      'publication',
    );

    await http.patch(`/companies/${contact.companyId}`).send({ name: 'Médina Logiciels' }).expect(200);
    const doc = await until(
      () => source<{ company_name: string }>(alias, offer.id),
      (d) => d?.company_name === 'Médina Logiciels',
      'the new company name',
    );
    expect(doc!.company_name).toBe('Médina Logiciels');
  });

  it('keeps a failing matching row with its error and back-off while the rows after it are matched', async () => {
    const queue = platform.worker!.get(MatchQueueService);
    const matcher = platform.worker!.get(OfferMatcherService);
    const bad = randomUUID();
    const good = randomUUID();
    const original = matcher.findForRequest.bind(matcher);
    const spy = jest.spyOn(matcher, 'findForRequest').mockImplementation(async (manager, id) => {
      if (id === bad) throw new Error('profile unreadable');
      return original(manager, id);
    });
    try {
      // The bad row is the oldest: before the fix it rolled back every batch it was in, for ever.
      await platform.dataSource.transaction((manager) => queue.enqueue(manager, 'request', [bad]));
      await platform.dataSource.transaction((manager) => queue.enqueue(manager, 'request', [good]));
      await queue.runAll();
      const rows: Array<{ entity_id: string; attempts: number; last_error: string; due_in: number }> =
        await platform.dataSource.query(
          `SELECT entity_id, attempts, last_error, extract(epoch FROM next_attempt_at - now()) AS due_in
           FROM offer_match_queue WHERE entity_id = ANY($1::uuid[])`,
          [[bad, good]],
        );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entity_id: bad, attempts: 1 });
      expect(rows[0].last_error).toContain('profile unreadable');
      expect(Number(rows[0].due_in)).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
      await platform.dataSource.query(`DELETE FROM offer_match_queue WHERE entity_id = $1`, [bad]);
    }
  });

  it('matches again a request queued anew while a pass was matching it, without the queueing waiting for the pass', async () => {
    const queue = platform.worker!.get(MatchQueueService);
    const matcher = platform.worker!.get(OfferMatcherService);
    const changed = randomUUID();
    const original = matcher.findForRequest.bind(matcher);
    let searches = 0;
    const spy = jest.spyOn(matcher, 'findForRequest').mockImplementation(async (manager, id) => {
      if (id === changed && ++searches === 1) {
        // What the search sync does when the request changes again during the pass: before claims, this waited
        // on the pass's row lock (here, for ever: the pass itself waits on it).
        await platform.dataSource.transaction((m) => queue.enqueue(m, 'request', [changed]));
      }
      return original(manager, id);
    });
    try {
      await platform.dataSource.transaction((manager) => queue.enqueue(manager, 'request', [changed]));
      await queue.runAll();
      await until(
        () => queued(changed),
        (rows) => rows.length === 0,
        'the request crossed off after its second pass',
      );
      // Once for the first change, once more for the change that came during that pass.
      expect(searches).toBe(2);
    } finally {
      spy.mockRestore();
      await platform.dataSource.query(`DELETE FROM offer_match_queue WHERE entity_id = $1`, [changed]);
    }
  });

  it('leaves a row claimed by another pass alone until its claim runs out', async () => {
    const queue = platform.worker!.get(MatchQueueService);
    const matcher = platform.worker!.get(OfferMatcherService);
    const claimed = randomUUID();
    const spy = jest.spyOn(matcher, 'findForRequest');
    try {
      // A pass of a worker that stopped: its claim still runs for an hour.
      await platform.dataSource.query(
        `INSERT INTO offer_match_queue (kind, entity_id, next_attempt_at, claimed_until)
         VALUES ('request', $1, now() - interval '1 second', now() + interval '1 hour')`,
        [claimed],
      );
      await queue.runAll();
      expect(spy.mock.calls.filter(([, id]) => id === claimed)).toHaveLength(0);

      await platform.dataSource.query(
        `UPDATE offer_match_queue SET claimed_until = now() - interval '1 second' WHERE entity_id = $1`,
        [claimed],
      );
      await queue.runAll();
      await until(
        () => queued(claimed),
        (rows) => rows.length === 0,
        'the row taken over once its claim ran out',
      );
      expect(spy.mock.calls.filter(([, id]) => id === claimed)).toHaveLength(1);
    } finally {
      spy.mockRestore();
      await platform.dataSource.query(`DELETE FROM offer_match_queue WHERE entity_id = $1`, [claimed]);
    }
  });

  it('gives way to PDFs waiting to be read, for a minute at most', async () => {
    const queue = platform.worker!.get(MatchQueueService);
    const matcher = platform.worker!.get(OfferMatcherService);
    const request = randomUUID();
    const spy = jest.spyOn(matcher, 'findForRequest');
    // Stands for a burst of uploads: the worker's own scheduled passes see it too.
    const off = platform.worker!.get(ForegroundWork).register('test uploads', () => Promise.resolve(40));
    try {
      await platform.dataSource.transaction((manager) => queue.enqueue(manager, 'request', [request]));
      expect(await queue.runAll()).toBe(0);
      // Two of the worker's scheduled passes (every second) go by, and give way too.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await queued(request)).toEqual([{ attempts: 0, claimed_until: null, due: true }]);
      expect(spy.mock.calls.filter(([, id]) => id === request)).toHaveLength(0);

      // Queued longer ago than the matching waits for: matched even though uploads keep coming.
      await platform.dataSource.query(
        `UPDATE offer_match_queue SET queued_at = now() - make_interval(secs => $2) WHERE entity_id = $1`,
        [request, MATCH_GIVES_WAY_SECONDS + 1],
      );
      await until(
        () => queued(request),
        (rows) => rows.length === 0,
        'the overdue row matched beside the uploads',
      );
      expect(spy.mock.calls.filter(([, id]) => id === request)).toHaveLength(1);
    } finally {
      off();
      spy.mockRestore();
      await platform.dataSource.query(`DELETE FROM offer_match_queue WHERE entity_id = $1`, [request]);
    }
  });

  it('counts the jobs waiting on the PDF readers as foreground work', async () => {
    const foreground = platform.worker!.get(ForegroundWork);
    const documents = platform.worker!.get<Queue>(getQueueToken(DOCUMENTS_QUEUE));
    const readers = platform.worker!.get(DocumentsProcessor).worker;
    expect(await foreground.waiting()).toBeNull();
    await readers.pause();
    try {
      // A sweep is harmless to run once the readers resume.
      await documents.add(DocumentsJob.SweepPendingText, {});
      expect(await foreground.waiting()).toBe('text extraction');
    } finally {
      readers.resume();
    }
    await until(
      () => foreground.waiting(),
      (name) => name === null,
      'the job taken once the readers resume',
    );
  });

  it("hands a pass's rows back, due at once, when Elasticsearch fails the whole pass", async () => {
    const queue = platform.worker!.get(MatchQueueService);
    const matcher = platform.worker!.get(OfferMatcherService);
    const waiting = randomUUID();
    // Every pass fails while this holds, the worker's own scheduled ones too.
    const spy = jest.spyOn(matcher, 'refresh').mockRejectedValue(new Error('engine away'));
    try {
      await platform.dataSource.transaction((manager) => queue.enqueue(manager, 'request', [waiting]));
      // This pass, or the worker's scheduled one (every second) if it took the row first, fails as a whole.
      await queue.runOnce().catch((error: Error) => expect(error.message).toBe('engine away'));
      // Handed back at once once a pass has tried (a claim left in place would hold the row for minutes).
      const [row] = await until(
        () => queued(waiting),
        (rows) => spy.mock.calls.length > 0 && rows[0]?.claimed_until === null,
        'the row handed back after a failed pass',
      );
      expect(row).toEqual({ attempts: 0, claimed_until: null, due: true });
    } finally {
      spy.mockRestore();
      await platform.dataSource.query(`DELETE FROM offer_match_queue WHERE entity_id = $1`, [waiting]);
    }
  });
});
