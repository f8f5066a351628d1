import { MailBlock, MailTemplateDefinition } from './mail-draft';

export type ApplicationStatusName = 'received' | 'read' | 'shortlisted' | 'interview' | 'rejected' | 'selected';

export interface ApplicationStatusParams {
  firstName: string;
  offerTitle: string;
  companyName: string;
  status: ApplicationStatusName;
  /** The company's message to the student; may be empty. */
  message: string;
  link: string;
}

const frStatus: Record<ApplicationStatusName, string> = {
  received: 'reçue',
  read: 'lue',
  shortlisted: 'présélectionnée',
  interview: 'retenue pour un entretien',
  rejected: 'non retenue',
  selected: 'retenue : vous êtes sélectionné(e) pour ce stage',
};

const enStatus: Record<ApplicationStatusName, string> = {
  received: 'received',
  read: 'read',
  shortlisted: 'shortlisted',
  interview: 'selected for an interview',
  rejected: 'not selected',
  selected: 'successful: you are selected for this internship',
};

/** Tells a student that the company changed the status of their application, with the company's message. */
export const applicationStatus: MailTemplateDefinition<ApplicationStatusParams> = {
  params: {
    firstName: 'text',
    offerTitle: 'text',
    companyName: 'text',
    status: ['received', 'read', 'shortlisted', 'interview', 'rejected', 'selected'],
    message: 'optional-text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject: `Votre candidature « ${p.offerTitle} » : ${frStatus[p.status]}`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `L'entreprise ${p.companyName} a mis à jour votre candidature à l'offre « ${p.offerTitle} » : elle est désormais ${frStatus[p.status]}.`,
        ...withMessage(p.message, `Message de l'entreprise :`),
        { href: p.link, label: 'Voir ma candidature' },
      ],
    }),
    en: (p) => ({
      subject: `Your application "${p.offerTitle}": ${enStatus[p.status]}`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `${p.companyName} updated your application to the offer "${p.offerTitle}": it is now ${enStatus[p.status]}.`,
        ...withMessage(p.message, 'Message from the company:'),
        { href: p.link, label: 'See my application' },
      ],
    }),
  },
};

function withMessage(message: string, heading: string): MailBlock[] {
  return message.trim() === '' ? [] : [heading, message];
}
