import type { personalData as fr } from '../fr/personal-data';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** "My data" (/account/data): English texts, the same keys as fr/personal-data.ts. */
export const personalData: Texts<typeof fr> = {
  title: 'My data',
  intro: 'You can download everything SEMSEM-stages keeps about you, or delete your account.',
  exportTitle: 'Download my data',
  exportIntro: 'A ZIP archive: your information (JSON files, manifest.json first) and the documents you uploaded.',
  exportButton: 'Download my data',
  exportAnnounced_one: '{{count}} document ({{size}}) coming with your data.',
  exportAnnounced_other: '{{count}} documents ({{size}}) coming with your data.',
  exportProgress: '{{received}} received',
  kilobytes: '{{value}} KB',
  megabytes: '{{value}} MB',
  exportDone: 'Archive downloaded.',
  deleteTitle: 'Delete my account',
  deleteIntro:
    'Your account, requests, documents, applications and history will be deleted for good. A label already granted stays verifiable by its code, without your name.',
  password: 'Current password (to confirm)',
  confirm: 'I understand this deletion is final.',
  deleteButton: 'Delete my account',
  deleted: 'Your account is deleted. A confirmation e-mail was sent to you.',
  anonymisedHolder: 'Name removed at the holder’s request (account deleted)',
  errors: {
    password_incorrect: 'Wrong password: your account was not deleted.',
    internship_running:
      'One of your internships is running: the account can be deleted once it is labelled or cancelled.',
    last_company_contact:
      'You are the last active contact of your company: let a colleague join it first, or contact an administrator.',
  },
};
