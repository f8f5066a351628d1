import { MailTemplateDefinition } from './mail-draft';

export interface AgreementSignedParams {
  name: string;
  studentName: string;
  companyName: string;
  internshipTitle: string;
  kind: 'original' | 'amendment';
  via: 'signatures' | 'scan';
}

/** Tells every party that an agreement (or an amendment) is now signed by all. */
export const agreementSigned: MailTemplateDefinition<AgreementSignedParams> = {
  params: {
    name: 'text',
    studentName: 'text',
    companyName: 'text',
    internshipTitle: 'text',
    kind: ['original', 'amendment'],
    via: ['signatures', 'scan'],
  },
  drafts: {
    fr: (p) => {
      const what = p.kind === 'amendment' ? "L'avenant à la convention de stage" : 'La convention de stage';
      return {
        subject: `${what} de ${p.studentName} est signé${p.kind === 'amendment' ? '' : 'e'}`,
        greeting: `Bonjour ${p.name},`,
        blocks: [
          `${what} « ${p.internshipTitle} » de ${p.studentName} chez ${p.companyName} est désormais signé${p.kind === 'amendment' ? '' : 'e'} par toutes les parties` +
            (p.via === 'scan' ? ' (exemplaire signé numérisé déposé).' : '.'),
          'Le document est disponible sur SEMSEM-stages pour les parties du stage.',
        ],
      };
    },
    en: (p) => {
      const what = p.kind === 'amendment' ? 'The amendment to the internship agreement' : 'The internship agreement';
      return {
        subject: `${what} of ${p.studentName} is signed`,
        greeting: `Hello ${p.name},`,
        blocks: [
          `${what} "${p.internshipTitle}" of ${p.studentName} at ${p.companyName} is now signed by every party` +
            (p.via === 'scan' ? ' (a scanned signed copy was uploaded).' : '.'),
          'The parties of the internship can find the document on SEMSEM-stages.',
        ],
      };
    },
  },
};
