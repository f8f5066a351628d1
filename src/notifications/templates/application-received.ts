import { MailTemplateDefinition } from './mail-draft';

export interface ApplicationReceivedParams {
  firstName: string;
  studentName: string;
  offerTitle: string;
  /** The response deadline, already formatted for the recipient's locale. */
  respondBy: string;
  link: string;
}

/** Tells a company contact that a student applied to one of the company's offers. */
export const applicationReceived: MailTemplateDefinition<ApplicationReceivedParams> = {
  params: { firstName: 'text', studentName: 'text', offerTitle: 'text', respondBy: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: `Nouvelle candidature à votre offre « ${p.offerTitle} »`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `${p.studentName} a répondu à votre offre « ${p.offerTitle} ». Son CV et sa lettre de motivation sont joints à sa candidature.`,
        `Merci d'y répondre avant le ${p.respondBy} : le taux de réponse de votre entreprise est affiché aux étudiants.`,
        { href: p.link, label: 'Consulter la candidature' },
      ],
    }),
    en: (p) => ({
      subject: `New application to your offer "${p.offerTitle}"`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `${p.studentName} applied to your offer "${p.offerTitle}". Their CV and cover letter come with the application.`,
        `Please answer before ${p.respondBy}: your company's response rate is shown to students.`,
        { href: p.link, label: 'See the application' },
      ],
    }),
  },
};
