import { MailTemplateDefinition } from './mail-draft';

export interface DocumentsRetentionWarningParams {
  firstName: string;
  /** The files' names, one per line. */
  fileNames: string;
  /** The day they go, already formatted in the mail's language. */
  purgeOn: string;
  link: string;
}

/** Sent once before the retention sweep purges the CVs and letters of requests left untouched for months. */
export const documentsRetentionWarning: MailTemplateDefinition<DocumentsRetentionWarningParams> = {
  params: { firstName: 'text', fileNames: 'text', purgeOn: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: 'Vos documents seront bientôt supprimés',
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `Vos demandes de stage n’ont pas été modifiées depuis longtemps. Sans action de votre part, les documents suivants seront supprimés le ${p.purgeOn} :`,
        p.fileNames,
        'Pour les garder, mettez à jour la demande concernée (ou déposez-les à nouveau) :',
        { href: p.link, label: 'Voir mes demandes' },
      ],
    }),
    en: (p) => ({
      subject: 'Your documents will soon be deleted',
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `Your internship requests have not changed for a long time. Unless you act, the following documents will be deleted on ${p.purgeOn}:`,
        p.fileNames,
        'To keep them, update the request they belong to (or upload them again):',
        { href: p.link, label: 'See my requests' },
      ],
    }),
  },
};
