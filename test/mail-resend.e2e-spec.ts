import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { MAIL_QUEUE } from '../src/notifications/mail-queue';
import { MailOutboxService } from '../src/notifications/mail-outbox.service';
import { redisOptionsFromUrl } from '../src/queue/redis-connection';
import { until } from './support/eventually';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase, startApi, startWorker, testConfig, TestDatabase } from './support/test-stack';

/**
 * A mail whose last attempt failed on the database: its job ended failed (kept a week by BullMQ) while the row
 * stayed `queued`. Once the relay finds the row stale it must be sent again, not deduped by the old job's id.
 */
describe('mail resent after its job failed on the database', () => {
  let database: TestDatabase;
  let receiver: SmtpReceiver;
  let config: AppConfig;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    database = await createTestDatabase();
    config = testConfig(database, {
      SMTP_URL: receiver.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_${database.name.slice(-6)}`,
    });
    api = await startApi(config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver?.close();
    await database?.drop();
  });

  it('sends it once the row is stale, without waiting for the old job to expire', async () => {
    const dataSource = api.get(DataSource);
    const to = 'resend@example.test';
    const id = await dataSource.transaction((manager) =>
      api.get(MailOutboxService).enqueue(manager, {
        to,
        template: 'document_unreadable',
        locale: 'fr',
        params: { firstName: 'Sami', fileName: 'cv.pdf' },
      }),
    );
    // Relayed long ago; its job then failed for good without the database recording it.
    await dataSource.query(
      `UPDATE mail_outbox SET status = 'queued', queued_at = now() - interval '2 hours' WHERE id = $1`,
      [id],
    );
    const connection = { ...redisOptionsFromUrl(config.redis.url), maxRetriesPerRequest: null };
    const queue = new Queue(MAIL_QUEUE, { connection, prefix: config.queue.prefix });
    const failing = new Worker(
      MAIL_QUEUE,
      async () => {
        throw new Error('connection to the database lost');
      },
      { connection, prefix: config.queue.prefix },
    );
    try {
      await queue.add('send', { outboxId: id }, { jobId: id, attempts: 1, removeOnFail: { age: 7 * 24 * 3600 } });
      await until(
        () => queue.getJobState(id),
        (state) => state === 'failed',
        'the job failed',
        10_000,
      );
    } finally {
      await failing.close();
      await queue.close();
    }

    worker = await startWorker(config);
    const mail = await receiver.waitFor((m) => m.to.includes(to));
    expect(mail.messageId).toContain(id);
    // The receiver has it before the sender's transaction commits: wait for the row to say so.
    await until(
      async () => (await dataSource.query(`SELECT status FROM mail_outbox WHERE id = $1`, [id]))[0].status,
      (status) => status === 'sent',
      'the row marked sent',
      10_000,
    );
  });

  it('sends at once a mail marked queued whose job Redis lost (a Redis restarted empty), not after the stale delay', async () => {
    await worker?.close();
    worker = undefined;
    const dataSource = api.get(DataSource);
    const to = 'lost@example.test';
    const id = await dataSource.transaction((manager) =>
      api.get(MailOutboxService).enqueue(manager, {
        to,
        template: 'document_unreadable',
        locale: 'fr',
        params: { firstName: 'Rim', fileName: 'cv.pdf' },
      }),
    );
    // Relayed a minute ago, far from stale; its job went with the Redis that held it.
    await dataSource.query(
      `UPDATE mail_outbox SET status = 'queued', queued_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    worker = await startWorker(config);
    const mail = await receiver.waitFor((m) => m.to.includes(to), 20_000);
    expect(mail.messageId).toContain(id);
  });
});
