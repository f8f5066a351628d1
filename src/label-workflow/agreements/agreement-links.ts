import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newOpaqueToken } from '../../accounts/opaque-token';
import { Locale } from '../../common/i18n/locale';
import { AppConfig } from '../../config/app-config';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { AgreementContent } from './agreement-content';
import { AgreementKind } from './agreement-party';

/** A fresh one-time link: the token goes in the e-mail, only its hash is stored. */
export interface NewLink {
  token: string;
  hash: string;
  expiresAt: Date;
}

/** Who a link is mailed to. */
export interface LinkRecipient {
  email: string;
  name: string;
  locale: Locale;
}

/** Makes signature links and mails them: on issue (a request to sign) and on re-sending (a reminder). */
@Injectable()
export class AgreementLinks {
  constructor(
    private readonly mail: MailOutboxService,
    private readonly config: AppConfig,
  ) {}

  create(from: Date = new Date()): NewLink {
    const { token, hash } = newOpaqueToken();
    return { token, hash, expiresAt: new Date(from.getTime() + this.config.agreements.signatureTtlSeconds * 1000) };
  }

  async send(
    manager: EntityManager,
    template: 'agreement_signature_request' | 'agreement_signature_reminder',
    version: { kind: AgreementKind; content: AgreementContent },
    to: LinkRecipient,
    link: NewLink,
  ): Promise<void> {
    await this.mail.enqueue(manager, {
      to: to.email,
      template,
      locale: to.locale,
      params: {
        name: to.name,
        studentName: version.content.student.name,
        companyName: version.content.company.name,
        internshipTitle: version.content.title,
        kind: version.kind,
        expiresOn: new Intl.DateTimeFormat(to.locale === 'fr' ? 'fr-FR' : 'en-GB', {
          dateStyle: 'long',
          timeZone: 'Africa/Tunis',
        }).format(link.expiresAt),
        link: `${this.config.publicUrl}/sign-agreement?token=${link.token}`,
      },
    });
  }
}
