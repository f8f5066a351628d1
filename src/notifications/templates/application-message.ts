import { MailTemplateDefinition } from './mail-draft';

export interface ApplicationMessageParams {
  firstName: string;
  /** Who wrote: the company contact's name and company, or the student's name. */
  senderName: string;
  companyName: string;
  offerTitle: string;
  direction: 'to_student' | 'to_company';
  message: string;
  link: string;
}

/**
 * A message relayed by the platform about an application ("Contacter l'étudiant", and the student's answer). The
 * mail goes out with the sender's address as Reply-To, so replying by e-mail reaches them directly.
 */
export const applicationMessage: MailTemplateDefinition<ApplicationMessageParams> = {
  params: {
    firstName: 'text',
    senderName: 'text',
    companyName: 'text',
    offerTitle: 'text',
    direction: ['to_student', 'to_company'],
    message: 'text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject:
        p.direction === 'to_student'
          ? `${p.companyName} vous écrit au sujet de l'offre « ${p.offerTitle} »`
          : `${p.senderName} vous répond au sujet de l'offre « ${p.offerTitle} »`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        p.direction === 'to_student'
          ? `${p.senderName} (${p.companyName}) vous a envoyé ce message au sujet de votre candidature à l'offre « ${p.offerTitle} » :`
          : `${p.senderName} a répondu à votre message au sujet de sa candidature à l'offre « ${p.offerTitle} » :`,
        p.message,
        'Vous pouvez répondre directement à ce courriel, ou depuis la plateforme.',
        { href: p.link, label: 'Voir la candidature' },
      ],
    }),
    en: (p) => ({
      subject:
        p.direction === 'to_student'
          ? `${p.companyName} wrote to you about the offer "${p.offerTitle}"`
          : `${p.senderName} answered about the offer "${p.offerTitle}"`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        p.direction === 'to_student'
          ? `${p.senderName} (${p.companyName}) sent you this message about your application to the offer "${p.offerTitle}":`
          : `${p.senderName} answered your message about their application to the offer "${p.offerTitle}":`,
        p.message,
        'You can reply to this e-mail directly, or from the platform.',
        { href: p.link, label: 'See the application' },
      ],
    }),
  },
};
