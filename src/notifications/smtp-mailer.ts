import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Transporter, createTransport } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { MailContent } from './templates/mail-layout';

/** The SMTP side: one nodemailer transport built from SMTP_URL, closed with the process. */
@Injectable()
export class SmtpMailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly messageIdDomain: string;

  constructor(private readonly config: AppConfig) {
    // Short timeouts: the sender holds the outbox row locked while it talks to the relay.
    this.transport = createTransport({
      url: config.mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(config.mail.from)?.[1] ?? 'semsem-stages.local';
  }

  /**
   * Sends one mail. Its Message-ID is derived from the outbox id, so a mail sent twice after a crash
   * carries the same id and mail clients can fold the copies.
   */
  async send(outboxId: string, to: string, content: MailContent, replyTo?: string | null): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mail.from,
      to,
      ...(replyTo ? { replyTo } : {}),
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: `<${outboxId}@${this.messageIdDomain}>`,
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** A 5xx SMTP reply (e.g. unknown mailbox) will not change on retry; anything else (4xx, network) may. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
