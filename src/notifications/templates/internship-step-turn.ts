import { MailTemplateDefinition } from './mail-draft';

export interface InternshipStepTurnParams {
  firstName: string;
  studentName: string;
  /** The step's name in the recipient's language. */
  stepName: string;
  action: 'submit' | 'validate';
  /** The deadline as people read it; empty without one. */
  dueOn: string;
  link: string;
}

/** Tells a party of an internship that a step of the SEMSEM-stages procedure waits for them. */
export const internshipStepTurn: MailTemplateDefinition<InternshipStepTurnParams> = {
  params: {
    firstName: 'text',
    studentName: 'text',
    stepName: 'text',
    action: ['submit', 'validate'],
    dueOn: 'optional-text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject: `Stage de ${p.studentName} : « ${p.stepName} » ${p.action === 'submit' ? 'vous attend' : 'à valider'}`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        p.action === 'submit'
          ? `C'est à vous de franchir l'étape « ${p.stepName} » du stage de ${p.studentName}.`
          : `L'étape « ${p.stepName} » du stage de ${p.studentName} attend votre validation.`,
        ...(p.dueOn ? [`Échéance : ${p.dueOn}.`] : []),
        { href: p.link, label: 'Suivre le stage' },
      ],
    }),
    en: (p) => ({
      subject: `${p.studentName}'s internship: "${p.stepName}" ${p.action === 'submit' ? 'awaits you' : 'to validate'}`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        p.action === 'submit'
          ? `It is your turn to complete the step "${p.stepName}" of ${p.studentName}'s internship.`
          : `The step "${p.stepName}" of ${p.studentName}'s internship awaits your validation.`,
        ...(p.dueOn ? [`Due by ${p.dueOn}.`] : []),
        { href: p.link, label: 'Follow the internship' },
      ],
    }),
  },
};
