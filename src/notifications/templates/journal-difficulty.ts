import { MailTemplateDefinition } from './mail-draft';

export interface JournalDifficultyParams {
  firstName: string;
  studentName: string;
  /** The day of the journal entry, formatted for the recipient's locale. */
  entryDate: string;
  /** The difficulty as the student wrote it. */
  difficulties: string;
  link: string;
}

/** Tells a tutor that their intern reported a difficulty in the internship journal. */
export const journalDifficulty: MailTemplateDefinition<JournalDifficultyParams> = {
  params: { firstName: 'text', studentName: 'text', entryDate: 'text', difficulties: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: `Journal de stage : ${p.studentName} signale une difficulté`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        `Dans son journal de stage du ${p.entryDate}, ${p.studentName} signale la difficulté suivante :`,
        p.difficulties,
        'Vous pouvez lui répondre en commentant cette entrée du journal.',
        { href: p.link, label: 'Consulter le journal de stage' },
      ],
    }),
    en: (p) => ({
      subject: `Internship journal: ${p.studentName} reports a difficulty`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        `In the internship journal entry of ${p.entryDate}, ${p.studentName} reports this difficulty:`,
        p.difficulties,
        'You can answer by commenting on this journal entry.',
        { href: p.link, label: 'Open the internship journal' },
      ],
    }),
  },
};
