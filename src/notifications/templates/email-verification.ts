import { MailTemplateDefinition } from './mail-draft';

export interface EmailVerificationParams {
  firstName: string;
  link: string;
}

/** Sent after sign-up: the link confirms the address and activates the account. */
export const emailVerification: MailTemplateDefinition<EmailVerificationParams> = {
  params: { firstName: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: 'Confirmez votre adresse e-mail',
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        'Merci pour votre inscription sur SEMSEM-stages. Pour activer votre compte, veuillez confirmer votre adresse e-mail en ouvrant le lien suivant :',
        { href: p.link, label: 'Confirmer mon adresse e-mail' },
        "Ce lien est valable pour une durée limitée. Si vous n'êtes pas à l'origine de cette inscription, vous pouvez ignorer ce message.",
      ],
    }),
    en: (p) => ({
      subject: 'Confirm your e-mail address',
      greeting: `Hello ${p.firstName},`,
      blocks: [
        'Thank you for signing up to SEMSEM-stages. To activate your account, please confirm your e-mail address by opening the following link:',
        { href: p.link, label: 'Confirm my e-mail address' },
        'This link is valid for a limited time. If you did not sign up, you can ignore this message.',
      ],
    }),
  },
};
