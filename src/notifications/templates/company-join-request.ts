import { MailTemplateDefinition } from './mail-draft';

export interface CompanyJoinRequestParams {
  requesterName: string;
  companyName: string;
  link: string;
}

/** Sent to a company's existing contacts when someone asks to join it; the link leads to the decision. */
export const companyJoinRequest: MailTemplateDefinition<CompanyJoinRequestParams> = {
  params: { requesterName: 'text', companyName: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: `${p.requesterName} souhaite rejoindre ${p.companyName} sur SEMSEM-stages`,
      greeting: 'Bonjour,',
      blocks: [
        `${p.requesterName} demande à rejoindre l'espace de l'entreprise ${p.companyName} sur SEMSEM-stages. En tant que contact de cette entreprise, vous pouvez accepter ou refuser cette demande :`,
        { href: p.link, label: 'Examiner la demande' },
        'Si vous ne connaissez pas cette personne, nous vous invitons à refuser la demande.',
      ],
    }),
    en: (p) => ({
      subject: `${p.requesterName} wants to join ${p.companyName} on SEMSEM-stages`,
      greeting: 'Hello,',
      blocks: [
        `${p.requesterName} asks to join the space of ${p.companyName} on SEMSEM-stages. As a contact of this company, you can approve or reject this request:`,
        { href: p.link, label: 'Review the request' },
        'If you do not know this person, please reject the request.',
      ],
    }),
  },
};
