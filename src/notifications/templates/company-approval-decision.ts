import { MailTemplateDefinition } from './mail-draft';

export interface CompanyApprovalDecisionParams {
  firstName: string;
  companyName: string;
  decision: 'approved' | 'rejected';
  reason: string;
  link: string;
}

/** Tells a registered company's contacts whether the platform approved it (access to profiles, CVs, publishing). */
export const companyApprovalDecision: MailTemplateDefinition<CompanyApprovalDecisionParams> = {
  params: {
    firstName: 'text',
    companyName: 'text',
    decision: ['approved', 'rejected'],
    reason: 'optional-text',
    link: 'url',
  },
  drafts: {
    fr: (p) =>
      p.decision === 'approved'
        ? {
            subject: `${p.companyName} est validée sur SEMSEM-stages`,
            greeting: `Bonjour ${p.firstName},`,
            blocks: [
              `L'inscription de ${p.companyName} sur SEMSEM-stages a été validée. Vous pouvez désormais publier vos offres de stage et consulter les profils et les CV des étudiants.`,
              ...(p.reason ? [p.reason] : []),
              { href: p.link, label: 'Accéder à mon espace' },
            ],
          }
        : {
            subject: `L'inscription de ${p.companyName} sur SEMSEM-stages`,
            greeting: `Bonjour ${p.firstName},`,
            blocks: [
              `L'inscription de ${p.companyName} sur SEMSEM-stages n'a pas été validée : vos offres restent en brouillon et les profils des étudiants ne vous sont pas accessibles.`,
              ...(p.reason ? [`Motif : ${p.reason}`] : []),
              "Si vous pensez qu'il s'agit d'une erreur, répondez à l'établissement partenaire qui vous a orienté vers la plateforme.",
            ],
          },
    en: (p) =>
      p.decision === 'approved'
        ? {
            subject: `${p.companyName} is approved on SEMSEM-stages`,
            greeting: `Hello ${p.firstName},`,
            blocks: [
              `The registration of ${p.companyName} on SEMSEM-stages was approved. You can now publish internship offers and read the students' profiles and CVs.`,
              ...(p.reason ? [p.reason] : []),
              { href: p.link, label: 'Open my space' },
            ],
          }
        : {
            subject: `The registration of ${p.companyName} on SEMSEM-stages`,
            greeting: `Hello ${p.firstName},`,
            blocks: [
              `The registration of ${p.companyName} on SEMSEM-stages was not approved: your offers stay drafts and the students' profiles are not open to you.`,
              ...(p.reason ? [`Reason: ${p.reason}`] : []),
              'If you think this is a mistake, please contact the partner university that referred you to the platform.',
            ],
          },
  },
};
