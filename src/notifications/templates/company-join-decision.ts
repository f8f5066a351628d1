import { MailTemplateDefinition } from './mail-draft';

export interface CompanyJoinDecisionParams {
  firstName: string;
  companyName: string;
  decision: 'approved' | 'rejected';
}

/** Tells the requester whether the company's contacts approved their request to join it. */
export const companyJoinDecision: MailTemplateDefinition<CompanyJoinDecisionParams> = {
  params: { firstName: 'text', companyName: 'text', decision: ['approved', 'rejected'] },
  drafts: {
    fr: (p) =>
      p.decision === 'approved'
        ? {
            subject: `Votre demande pour rejoindre ${p.companyName} a été acceptée`,
            greeting: `Bonjour ${p.firstName},`,
            blocks: [
              `Bonne nouvelle : votre demande pour rejoindre l'entreprise ${p.companyName} sur SEMSEM-stages a été acceptée. Vous pouvez dès à présent accéder à l'espace de l'entreprise.`,
            ],
          }
        : {
            subject: `Votre demande pour rejoindre ${p.companyName}`,
            greeting: `Bonjour ${p.firstName},`,
            blocks: [
              `Votre demande pour rejoindre l'entreprise ${p.companyName} sur SEMSEM-stages n'a pas été acceptée.`,
              "Si vous pensez qu'il s'agit d'une erreur, nous vous invitons à contacter directement l'entreprise.",
            ],
          },
    en: (p) =>
      p.decision === 'approved'
        ? {
            subject: `Your request to join ${p.companyName} was approved`,
            greeting: `Hello ${p.firstName},`,
            blocks: [
              `Good news: your request to join ${p.companyName} on SEMSEM-stages was approved. You can now access the company's space.`,
            ],
          }
        : {
            subject: `Your request to join ${p.companyName}`,
            greeting: `Hello ${p.firstName},`,
            blocks: [
              `Your request to join ${p.companyName} on SEMSEM-stages was not approved.`,
              'If you think this is a mistake, please contact the company directly.',
            ],
          },
  },
};
