import { MailTemplateDefinition } from './mail-draft';

export interface DocumentUnreadableParams {
  firstName: string;
  fileName: string;
}

/** Sent when no text could be extracted from an uploaded PDF (often a scan), so it cannot be searched. */
export const documentUnreadable: MailTemplateDefinition<DocumentUnreadableParams> = {
  params: { firstName: 'text', fileName: 'text' },
  drafts: {
    fr: (p) => ({
      subject: `Votre document « ${p.fileName} » n'a pas pu être lu`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `Nous n'avons pas pu extraire le texte du document PDF « ${p.fileName} » que vous avez déposé sur SEMSEM-stages. Il s'agit probablement d'un document numérisé (une image) ou protégé.`,
        'Pour que votre profil puisse être trouvé par les entreprises, merci de déposer une version PDF dont le texte peut être sélectionné, par exemple exportée depuis votre traitement de texte.',
      ],
    }),
    en: (p) => ({
      subject: `Your document "${p.fileName}" could not be read`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `We could not extract the text of the PDF document "${p.fileName}" that you uploaded to SEMSEM-stages. It is probably a scanned (image) or protected document.`,
        'So that companies can find your profile, please upload a PDF whose text can be selected, for example one exported from your word processor.',
      ],
    }),
  },
};
