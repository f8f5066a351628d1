import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { MailOutboxEntry } from './mail-outbox.entity';
import { SmtpMailer, isPermanentSmtpError } from './smtp-mailer';
import { MailContent } from './templates/mail-layout';
import { renderMail } from './templates/mail-templates';

/** Mails whose row (recipient included) is deleted once delivered. */
const FORGOTTEN_ONCE_SENT = new Set(['account_deleted']);

export interface DeliveryAttempt {
  /** 1 for the first try. */
  number: number;
  /** No retry follows this one: a failure now marks the row failed. */
  isLast: boolean;
}

/** Sends one outbox row through SMTP and records the outcome on the row. */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger(MailSenderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: SmtpMailer,
  ) {}

  /**
   * Sends the row unless it is already sent or failed, so a duplicate job sends nothing. Throws to let BullMQ
   * retry; throws an UnrecoverableError when retrying cannot help (bad row, 5xx reply, last attempt).
   */
  async deliver(outboxId: string, attempt: DeliveryAttempt): Promise<void> {
    const failure = await this.dataSource.transaction(async (manager) => {
      // The lock makes a second job for the same row wait here, then find it sent.
      const entry = await manager.findOne(MailOutboxEntry, {
        where: { id: outboxId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entry) {
        this.logger.warn(`mail ${outboxId}: no such outbox row, nothing to send`);
        return undefined;
      }
      if (entry.status === 'sent' || entry.status === 'failed') return undefined;

      let content: MailContent;
      try {
        content = renderMail(entry.template, entry.locale, entry.params);
      } catch (error) {
        return this.recordFailure(manager, entry, error, true);
      }
      try {
        await this.mailer.send(entry.id, entry.recipient, content, entry.replyTo);
      } catch (error) {
        return this.recordFailure(manager, entry, error, attempt.isLast || isPermanentSmtpError(error));
      }
      if (FORGOTTEN_ONCE_SENT.has(entry.template)) {
        // The address of a deleted account: the outbox keeps it only until the confirmation is delivered.
        await manager.delete(MailOutboxEntry, entry.id);
        return undefined;
      }
      await manager.update(MailOutboxEntry, entry.id, {
        status: 'sent',
        sentAt: () => 'now()',
        // Links carry single-use secrets (reset, verification): once delivered, the outbox keeps none.
        params: () => "params - 'link'",
        attempts: entry.attempts + 1,
        lastError: null,
      });
      return undefined;
    });
    if (!failure) return;
    if (failure.final) throw new UnrecoverableError(`mail ${outboxId} failed: ${failure.message}`);
    throw failure.error;
  }

  private async recordFailure(manager: EntityManager, entry: MailOutboxEntry, error: unknown, final: boolean) {
    const message = error instanceof Error ? error.message : String(error);
    await manager.update(MailOutboxEntry, entry.id, {
      attempts: entry.attempts + 1,
      lastError: message,
      // Never sent, never resent: its link's secret goes, as a delivered mail's does.
      ...(final ? { status: 'failed' as const, params: () => "params - 'link'" } : {}),
    });
    if (final) this.logger.error(`mail ${entry.id} (${entry.template}) failed for good: ${message}`);
    return { error, message, final };
  }
}
