import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from '../common/i18n/locale';
import { MailOutboxEntry } from './mail-outbox.entity';
import { MailParams, MailTemplate, checkMailParams } from './templates/mail-templates';

/** One mail to write, its params typed by its template. */
export type OutgoingMail = {
  [T in MailTemplate]: { to: string; template: T; locale: Locale; params: MailParams<T>; replyTo?: string };
}[MailTemplate];

/** The one way to send an e-mail: write it to the outbox; the worker relays and sends it. */
@Injectable()
export class MailOutboxService {
  /**
   * Writes the mail through the caller's transaction, so it is sent if and only if the change commits.
   * Throws on an unknown template, a missing or invalid param or a malformed address (programming errors).
   * Returns the outbox id.
   */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const params = mail.params as unknown as Record<string, string>;
    checkMailParams(mail.template, params);
    checkRecipient(mail.to);
    if (mail.replyTo !== undefined) checkRecipient(mail.replyTo);
    if (mail.locale !== 'fr' && mail.locale !== 'en') throw new Error(`unsupported mail locale "${mail.locale}"`);
    const { identifiers } = await manager.insert(MailOutboxEntry, {
      template: mail.template,
      locale: mail.locale,
      recipient: mail.to,
      params,
      replyTo: mail.replyTo ?? null,
    });
    return (identifiers[0] as { id: string }).id;
  }
}

/** A single address without spaces or line breaks: the SMTP relay judges the rest. */
function checkRecipient(to: string): void {
  if (typeof to !== 'string' || !/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(to) || to.length > 320) {
    throw new Error(`invalid mail recipient "${String(to)}"`);
  }
}
