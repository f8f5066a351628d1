import { MailTemplateDefinition } from './mail-draft';

export interface AgreementSignatureRequestParams {
  name: string;
  studentName: string;
  companyName: string;
  internshipTitle: string;
  kind: 'original' | 'amendment';
  /** Last day the link works, formatted for the recipient. */
  expiresOn: string;
  /** The one-time signature link: whoever holds it may sign for this party, no account needed. */
  link: string;
}

/** Asks one party (student, company, university) to read and sign an internship agreement or an amendment. */
export const agreementSignatureRequest: MailTemplateDefinition<AgreementSignatureRequestParams> = {
  params: {
    name: 'text',
    studentName: 'text',
    companyName: 'text',
    internshipTitle: 'text',
    kind: ['original', 'amendment'],
    expiresOn: 'text',
    link: 'url',
  },
  drafts: {
    fr: (p) => {
      const what = p.kind === 'amendment' ? "l'avenant à la convention de stage" : 'la convention de stage';
      return {
        subject: `Signature de ${what} de ${p.studentName}`,
        greeting: `Bonjour ${p.name},`,
        blocks: [
          `${cap(what)} « ${p.internshipTitle} » de ${p.studentName} chez ${p.companyName} vous attend pour signature.`,
          `Ce lien est personnel et ne sert qu'une fois ; il est valable jusqu'au ${p.expiresOn}. Aucun compte n'est nécessaire.`,
          { href: p.link, label: 'Lire et signer' },
        ],
      };
    },
    en: (p) => {
      const what = p.kind === 'amendment' ? 'the amendment to the internship agreement' : 'the internship agreement';
      return {
        subject: `Please sign ${what} of ${p.studentName}`,
        greeting: `Hello ${p.name},`,
        blocks: [
          `${cap(what)} "${p.internshipTitle}" of ${p.studentName} at ${p.companyName} awaits your signature.`,
          `This link is personal and works once; it is valid until ${p.expiresOn}. No account is needed.`,
          { href: p.link, label: 'Read and sign' },
        ],
      };
    },
  },
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
