import { MailTemplateDefinition } from './mail-draft';

export interface InternshipStepReturnedParams {
  firstName: string;
  studentName: string;
  /** The step's name in the recipient's language. */
  stepName: string;
  /** Who sent the step back. */
  returnedBy: string;
  comment: string;
  link: string;
}

/** Tells a step's performer that a validator sent it back, and why. */
export const internshipStepReturned: MailTemplateDefinition<InternshipStepReturnedParams> = {
  params: {
    firstName: 'text',
    studentName: 'text',
    stepName: 'text',
    returnedBy: 'text',
    comment: 'text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject: `Stage de ${p.studentName} : « ${p.stepName} » à reprendre`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `${p.returnedBy} vous renvoie l'étape « ${p.stepName} » du stage de ${p.studentName} : reprenez-la puis soumettez-la à nouveau.`,
        'Commentaire :',
        p.comment,
        { href: p.link, label: 'Reprendre l’étape' },
      ],
    }),
    en: (p) => ({
      subject: `${p.studentName}'s internship: "${p.stepName}" sent back`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `${p.returnedBy} sent the step "${p.stepName}" of ${p.studentName}'s internship back to you: put it right and submit it again.`,
        'Comment:',
        p.comment,
        { href: p.link, label: 'Rework the step' },
      ],
    }),
  },
};
