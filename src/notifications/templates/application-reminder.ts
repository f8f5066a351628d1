import { MailTemplateDefinition } from './mail-draft';

export interface ApplicationReminderParams {
  firstName: string;
  companyName: string;
  /** How many applications await an answer, as a number in text. */
  count: string;
  /** The earliest of their response deadlines, formatted for the recipient's locale. */
  firstDeadline: string;
  link: string;
}

/** Reminds a company contact that applications are about to pass their response deadline unanswered. */
export const applicationReminder: MailTemplateDefinition<ApplicationReminderParams> = {
  params: { firstName: 'text', companyName: 'text', count: 'text', firstDeadline: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: `${p.companyName} : ${p.count} candidature(s) en attente de réponse`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `${p.count} candidature(s) à vos offres attendent une réponse ; la première arrive à échéance le ${p.firstDeadline}.`,
        'Répondre à chaque candidat, même brièvement, améliore le taux de réponse affiché aux étudiants sur vos offres.',
        { href: p.link, label: 'Consulter les réponses à mes offres' },
      ],
    }),
    en: (p) => ({
      subject: `${p.companyName}: ${p.count} application(s) awaiting an answer`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `${p.count} application(s) to your offers await an answer; the first one is due on ${p.firstDeadline}.`,
        'Answering every candidate, even briefly, improves the response rate students see on your offers.',
        { href: p.link, label: 'See the responses to my offers' },
      ],
    }),
  },
};
