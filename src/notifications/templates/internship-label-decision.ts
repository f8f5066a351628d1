import { MailTemplateDefinition } from './mail-draft';

export interface InternshipLabelDecisionParams {
  firstName: string;
  studentName: string;
  decision: 'granted' | 'refused';
  /** The programme manager's reason for a refusal; empty otherwise. */
  reason: string;
  /** The certificate's verification code when granted; empty otherwise. */
  code: string;
  link: string;
}

/** Tells the student and the company tutor the university's label decision on the internship. */
export const internshipLabelDecision: MailTemplateDefinition<InternshipLabelDecisionParams> = {
  params: {
    firstName: 'text',
    studentName: 'text',
    decision: ['granted', 'refused'],
    reason: 'optional-text',
    code: 'optional-text',
    link: 'url',
  },
  drafts: {
    fr: (p) => ({
      subject:
        p.decision === 'granted'
          ? `Le stage de ${p.studentName} obtient le Label SEMSEM-stages`
          : `Le stage de ${p.studentName} n'obtient pas le Label SEMSEM-stages`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        p.decision === 'granted'
          ? `L'université a décerné le Label SEMSEM-stages au stage de ${p.studentName}. Code de vérification du certificat : ${p.code}.`
          : `L'université n'a pas décerné le Label SEMSEM-stages au stage de ${p.studentName}.`,
        ...(p.reason ? ['Motif :', p.reason] : []),
        { href: p.link, label: 'Voir le stage' },
      ],
    }),
    en: (p) => ({
      subject:
        p.decision === 'granted'
          ? `${p.studentName}'s internship earns the SEMSEM-stages label`
          : `${p.studentName}'s internship does not earn the SEMSEM-stages label`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        p.decision === 'granted'
          ? `The university granted the SEMSEM-stages label to ${p.studentName}'s internship. Certificate verification code: ${p.code}.`
          : `The university did not grant the SEMSEM-stages label to ${p.studentName}'s internship.`,
        ...(p.reason ? ['Reason:', p.reason] : []),
        { href: p.link, label: 'See the internship' },
      ],
    }),
  },
};
