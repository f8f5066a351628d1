import { MailTemplateDefinition } from './mail-draft';

export interface AccountDeletedParams {
  firstName: string;
  /** What stays, already worded for the reader (empty when nothing does). */
  keptFr: string;
  keptEn: string;
}

/** Sent when a user deletes their account: what went, and what the platform keeps on purpose. */
export const accountDeleted: MailTemplateDefinition<AccountDeletedParams> = {
  params: { firstName: 'text', keptFr: 'optional-text', keptEn: 'optional-text' },
  drafts: {
    fr: (p) => ({
      subject: 'Votre compte SEMSEM-stages a été supprimé',
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        'Comme vous l’avez demandé, votre compte SEMSEM-stages a été supprimé, avec vos demandes de stage, vos documents, vos candidatures et votre historique. Vos demandes ne sont plus visibles des entreprises.',
        ...(p.keptFr ? [p.keptFr] : []),
        'Si vous n’êtes pas à l’origine de cette suppression, répondez à ce message.',
      ],
    }),
    en: (p) => ({
      subject: 'Your SEMSEM-stages account was deleted',
      greeting: `Hello ${p.firstName},`,
      blocks: [
        'As you asked, your SEMSEM-stages account was deleted, with your internship requests, documents, applications and history. Companies no longer see your requests.',
        ...(p.keptEn ? [p.keptEn] : []),
        'If you did not ask for this, reply to this message.',
      ],
    }),
  },
};
