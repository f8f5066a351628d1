import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { MailOutboxService, OutgoingMail } from '../src/notifications/mail-outbox.service';
import { until } from './support/eventually';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase, startApi, startWorker, testConfig, TestDatabase } from './support/test-stack';

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

/** E-mail end to end: outbox row in the caller's transaction → relay → BullMQ → SMTP → a real receiver. */
describe('notifications', () => {
  let database: TestDatabase;
  let receiver: SmtpReceiver;
  let config: AppConfig;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let dataSource: DataSource;
  let outbox: MailOutboxService;
  let seq = 0;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    database = await createTestDatabase();
    config = configWith({});
    api = await startApi(config);
    dataSource = api.get(DataSource);
    outbox = api.get(MailOutboxService);
    worker = await startWorker(config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver?.close();
    await database?.drop();
  });

  /** The receiver as SMTP relay, and a queue prefix of this file's own: another file's worker must not take
   * these jobs (its database lacks the rows). */
  const configWith = (overrides: Record<string, string>) =>
    testConfig(database, {
      SMTP_URL: receiver.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_${database.name.slice(-6)}`,
      ...overrides,
    });

  /** A fresh address per mail, so each test reads only its own. */
  const address = (name: string) => `${name}.${++seq}@example.test`;

  const enqueue = (mail: OutgoingMail) => dataSource.transaction((manager) => outbox.enqueue(manager, mail));

  async function row(id: string): Promise<OutboxRow> {
    const [found] = await dataSource.query(
      'SELECT status, attempts, last_error, sent_at FROM mail_outbox WHERE id = $1',
      [id],
    );
    return found;
  }

  function waitForStatus(id: string, status: string, timeoutMs = 10_000): Promise<OutboxRow> {
    return until(
      () => row(id),
      (current) => current?.status === status,
      `outbox row ${id} ${status}`,
      timeoutMs,
    );
  }

  it('sends the mail of a committed transaction, in French, with its link', async () => {
    const to = address('amina');
    const link = 'http://127.0.0.1:3000/verify-email?token=abc123';
    const params = { firstName: 'Amina', link };
    const id = await enqueue({ to, template: 'email_verification', locale: 'fr', params });

    const mail = await receiver.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe('Confirmez votre adresse e-mail');
    expect(mail.from).toContain('no-reply@semsem-stages.local');
    expect(mail.text).toContain('Bonjour Amina,');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.messageId).toBe(`<${id}@semsem-stages.local>`);

    const sent = await waitForStatus(id, 'sent');
    expect(sent.attempts).toBe(1);
    expect(sent.sent_at).not.toBeNull();
  });

  it('sends nothing for a rolled-back transaction', async () => {
    const rolledBack = address('rolled-back');
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, {
          to: rolledBack,
          template: 'password_reset',
          locale: 'fr',
          params: { firstName: 'Nadia', link: 'http://127.0.0.1:3000/reset-password?token=zzz' },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.query('SELECT id FROM mail_outbox WHERE recipient = $1', [rolledBack])).toEqual([]);

    // A later mail arriving proves the relay has passed by since.
    const marker = address('marker');
    const params = { firstName: 'M', fileName: 'a.pdf' };
    await enqueue({ to: marker, template: 'document_unreadable', locale: 'fr', params });
    await receiver.waitFor((m) => m.to.includes(marker));
    expect(receiver.to(rolledBack)).toEqual([]);
  });

  it('renders English for an English-speaking recipient', async () => {
    const to = address('john');
    await enqueue({
      to,
      template: 'password_reset',
      locale: 'en',
      params: { firstName: 'John', link: 'http://127.0.0.1:3000/reset-password?token=t1' },
    });
    const mail = await receiver.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toContain('Hello John,');
    expect(mail.text).toContain('The SEMSEM-stages team');
  });

  it('escapes params in the HTML part', async () => {
    const to = address('contact');
    await enqueue({
      to,
      template: 'company_join_request',
      locale: 'fr',
      params: {
        requesterName: '<img src=x onerror="alert(1)">',
        companyName: 'Dupont & Fils',
        link: 'http://127.0.0.1:3000/companies/1/join-requests?a=1&b=2',
      },
    });
    const mail = await receiver.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe('<img src=x onerror="alert(1)"> souhaite rejoindre Dupont & Fils sur SEMSEM-stages');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(mail.html).toContain('Dupont &amp; Fils');
    expect(mail.html).toContain('href="http://127.0.0.1:3000/companies/1/join-requests?a=1&amp;b=2"');
  });

  it('relays again a row queued long ago whose job Redis lost', async () => {
    const to = address('lost');
    const id = await dataSource.transaction(async (manager) => {
      const created = await outbox.enqueue(manager, {
        to,
        template: 'document_unreadable',
        locale: 'fr',
        params: { firstName: 'Léa', fileName: 'scan.pdf' },
      });
      // As if the relay had queued it an hour ago and Redis had then lost the job.
      await manager.query(
        `UPDATE mail_outbox SET status = 'queued', queued_at = now() - interval '1 hour' WHERE id = $1`,
        [created],
      );
      return created;
    });
    const mail = await receiver.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe("Votre document « scan.pdf » n'a pas pu être lu");
    await waitForStatus(id, 'sent');
  });

  it('retries a mail the SMTP relay refused for now', async () => {
    const to = address('later');
    receiver.refuse(to, 451, 'try again later', 1);
    const id = await enqueue({
      to,
      template: 'company_join_decision',
      locale: 'fr',
      params: { firstName: 'Karim', companyName: 'ACME', decision: 'approved' },
    });
    const mail = await receiver.waitFor((m) => m.to.includes(to), 15_000);
    expect(mail.subject).toBe('Votre demande pour rejoindre ACME a été acceptée');
    const sent = await waitForStatus(id, 'sent');
    expect(sent.attempts).toBe(2);
    expect(sent.last_error).toBeNull();
  });

  it('marks failed, without retrying, a mail the SMTP relay refuses for good, and keeps no link of it', async () => {
    const to = address('unknown');
    receiver.refuse(to, 550, 'no such mailbox');
    const id = await enqueue({
      to,
      template: 'password_reset',
      locale: 'fr',
      params: { firstName: 'Karim', link: 'https://stages.example.tn/reset-password?token=secret-token' },
    });
    const failed = await waitForStatus(id, 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toContain('550');
    expect(receiver.to(to)).toEqual([]);
    // The link's token is a credential: an undeliverable mail must not keep it in the database.
    const [{ params }] = await dataSource.query('SELECT params FROM mail_outbox WHERE id = $1', [id]);
    expect(params).toEqual({ firstName: 'Karim' });
  });

  it('keeps mails pending while Redis is unreachable and sends each exactly once when it is back', async () => {
    await worker?.close();
    worker = undefined;
    const cut = await startWorker(configWith({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }));
    const recipients = [address('offline-a'), address('offline-b')];
    let ids: string[];
    try {
      const params = { firstName: 'Sami', fileName: 'cv.pdf' };
      ids = await Promise.all(
        recipients.map((to) => enqueue({ to, template: 'document_unreadable', locale: 'fr', params })),
      );
      // Nothing to wait for: a fixed time in which the relay (every 500 ms) passes several times and must send nothing.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      for (const id of ids) expect((await row(id)).status).toBe('pending');
    } finally {
      await cut.close();
    }

    worker = await startWorker(config);
    for (const to of recipients) await receiver.waitFor((m) => m.to.includes(to));
    for (const id of ids) expect((await waitForStatus(id, 'sent')).attempts).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // room for a duplicate to show up
    expect(recipients.map((to) => receiver.to(to).length)).toEqual([1, 1]);
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
