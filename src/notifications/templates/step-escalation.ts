import { MailTemplateDefinition } from './mail-draft';

export interface StepEscalationParams {
  firstName: string;
  studentName: string;
  /** The step's name in the recipient's locale. */
  stepName: string;
  /** The step's deadline, formatted for the recipient's locale. */
  dueOn: string;
  /** Whole days past the deadline, as a number in text. */
  daysLate: string;
  /** Who the step waits for, by name (may be empty when nobody holds that part yet). */
  waitingFor: string;
  link: string;
}

/** Tells the year or programme manager that a step stays overdue despite the reminders. */
export const stepEscalation: MailTemplateDefinition<StepEscalationParams> = {
  params: {
    firstName: 'text',
    studentName: 'text',
    stepName: 'text',
    dueOn: 'text',
    daysLate: 'text',
    waitingFor: 'optional-text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject: `Étape en retard de ${p.daysLate} jour(s) : « ${p.stepName} » — stage de ${p.studentName}`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `L'étape « ${p.stepName} » du stage de ${p.studentName} devait être terminée le ${p.dueOn} ; elle a ${p.daysLate} jour(s) de retard malgré les rappels.`,
        ...(p.waitingFor ? [`Elle attend : ${p.waitingFor}.`] : []),
        'Votre intervention peut être nécessaire pour que le stage obtienne le Label SEMSEM-stages.',
        { href: p.link, label: 'Suivre le stage' },
      ],
    }),
    en: (p) => ({
      subject: `Step ${p.daysLate} day(s) overdue: "${p.stepName}" — internship of ${p.studentName}`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `The step "${p.stepName}" of ${p.studentName}'s internship was due on ${p.dueOn}; it is ${p.daysLate} day(s) late despite the reminders.`,
        ...(p.waitingFor ? [`It waits for: ${p.waitingFor}.`] : []),
        'Your action may be needed for the internship to earn the SEMSEM-stages label.',
        { href: p.link, label: 'Follow the internship' },
      ],
    }),
  },
};
