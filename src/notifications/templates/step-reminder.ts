import { MailTemplateDefinition } from './mail-draft';

export interface StepReminderParams {
  firstName: string;
  studentName: string;
  /** The step's name in the recipient's locale. */
  stepName: string;
  /** The step's deadline, formatted for the recipient's locale. */
  dueOn: string;
  /** reminder: the deadline nears; overdue: it has passed. */
  kind: 'reminder' | 'overdue';
  /** perform: the recipient must do the step; validate: they must validate what was submitted. */
  action: 'perform' | 'validate';
  link: string;
}

/** Reminds the party in charge of a label-workflow step that its deadline nears or has passed. */
export const stepReminder: MailTemplateDefinition<StepReminderParams> = {
  params: {
    firstName: 'text',
    studentName: 'text',
    stepName: 'text',
    dueOn: 'text',
    kind: ['reminder', 'overdue'],
    action: ['perform', 'validate'],
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject:
        p.kind === 'overdue'
          ? `En retard : « ${p.stepName} » — stage de ${p.studentName}`
          : `Rappel : « ${p.stepName} » à faire avant le ${p.dueOn} — stage de ${p.studentName}`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        p.kind === 'overdue'
          ? `L'étape « ${p.stepName} » du stage de ${p.studentName} devait être terminée le ${p.dueOn}.`
          : `L'étape « ${p.stepName} » du stage de ${p.studentName} est à terminer au plus tard le ${p.dueOn}.`,
        p.action === 'validate'
          ? 'Elle a été remplie et attend votre validation sur la plateforme.'
          : "C'est à vous de la réaliser sur la plateforme.",
        'Chaque étape obligatoire compte pour l’obtention du Label SEMSEM-stages.',
        { href: p.link, label: 'Suivre le stage' },
      ],
    }),
    en: (p) => ({
      subject:
        p.kind === 'overdue'
          ? `Overdue: "${p.stepName}" — internship of ${p.studentName}`
          : `Reminder: "${p.stepName}" due by ${p.dueOn} — internship of ${p.studentName}`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        p.kind === 'overdue'
          ? `The step "${p.stepName}" of ${p.studentName}'s internship was due on ${p.dueOn}.`
          : `The step "${p.stepName}" of ${p.studentName}'s internship is due by ${p.dueOn}.`,
        p.action === 'validate'
          ? 'It has been filled in and awaits your validation on the platform.'
          : 'It is yours to carry out on the platform.',
        'Every mandatory step counts towards the SEMSEM-stages label.',
        { href: p.link, label: 'Follow the internship' },
      ],
    }),
  },
};
