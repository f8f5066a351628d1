import { AgreementSignatureRequestParams } from './agreement-signature-request';
import { MailTemplateDefinition } from './mail-draft';

/** The same params as the first request: a party's new link, the previous one no longer works. */
export type AgreementSignatureReminderParams = AgreementSignatureRequestParams;

/** Sends one party that has not signed yet a fresh signature link (the programme manager asked for it). */
export const agreementSignatureReminder: MailTemplateDefinition<AgreementSignatureReminderParams> = {
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
        subject: `Rappel : signature de ${what} de ${p.studentName}`,
        greeting: `Bonjour ${p.name},`,
        blocks: [
          `${cap(what)} « ${p.internshipTitle} » de ${p.studentName} chez ${p.companyName} attend toujours votre signature.`,
          `Voici un nouveau lien : il remplace le précédent, qui ne fonctionne plus. Il est personnel, ne sert qu'une fois et reste valable jusqu'au ${p.expiresOn}. Aucun compte n'est nécessaire.`,
          { href: p.link, label: 'Lire et signer' },
        ],
      };
    },
    en: (p) => {
      const what = p.kind === 'amendment' ? 'the amendment to the internship agreement' : 'the internship agreement';
      return {
        subject: `Reminder: please sign ${what} of ${p.studentName}`,
        greeting: `Hello ${p.name},`,
        blocks: [
          `${cap(what)} "${p.internshipTitle}" of ${p.studentName} at ${p.companyName} still awaits your signature.`,
          `Here is a new link: it replaces the previous one, which no longer works. It is personal, works once and is valid until ${p.expiresOn}. No account is needed.`,
          { href: p.link, label: 'Read and sign' },
        ],
      };
    },
  },
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
