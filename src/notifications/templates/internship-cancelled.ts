import { MailTemplateDefinition } from './mail-draft';

export interface InternshipCancelledParams {
  firstName: string;
  studentName: string;
  /** The internship's title; empty when the sheet has none. */
  title: string;
  reason: string;
  link: string;
}

/** Tells the student and the tutors that the university cancelled the internship, and why. */
export const internshipCancelled: MailTemplateDefinition<InternshipCancelledParams> = {
  params: { firstName: 'text', studentName: 'text', title: 'optional-text', reason: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: `Le stage de ${p.studentName} est annulé`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `L'université a annulé le stage de ${p.studentName}${p.title ? ` (« ${p.title} »)` : ''}. Ses étapes sont closes : plus aucune action ni relance.`,
        'Motif :',
        p.reason,
        { href: p.link, label: 'Voir le stage' },
      ],
    }),
    en: (p) => ({
      subject: `${p.studentName}'s internship is cancelled`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `The university cancelled ${p.studentName}'s internship${p.title ? ` ("${p.title}")` : ''}. Its steps are closed: no further action or reminder.`,
        'Reason:',
        p.reason,
        { href: p.link, label: 'See the internship' },
      ],
    }),
  },
};
