import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { formatDay } from '../../common/i18n/format-day';
import { AppConfig } from '../../config/app-config';
import { Internship } from '../internships/internship.entity';
import { InternshipPartiesService } from '../internships/internship-parties.service';
import { InternshipParty } from '../internships/internship-party';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { JournalEntry } from './journal-entry.entity';

/** The e-mails of journals, written to the outbox in the caller's transaction. */
@Injectable()
export class JournalMails {
  constructor(
    private readonly mail: MailOutboxService,
    private readonly parties: InternshipPartiesService,
    private readonly config: AppConfig,
  ) {}

  /** An entry reporting a difficulty: both tutors hear of it, each in their own language. */
  async difficultyReported(
    manager: EntityManager,
    internship: Internship,
    entry: JournalEntry,
    student: User,
  ): Promise<number> {
    const tutors = [
      ...(await this.parties.usersFor(manager, internship, InternshipParty.CompanyTutor)),
      ...(await this.parties.usersFor(manager, internship, InternshipParty.AcademicTutor)),
    ];
    const recipients = [...new Map(tutors.map((tutor) => [tutor.id, tutor])).values()];
    for (const tutor of recipients) {
      await this.mail.enqueue(manager, {
        to: tutor.email,
        template: 'journal_difficulty',
        locale: tutor.locale,
        params: {
          firstName: tutor.firstName,
          studentName: `${student.firstName} ${student.lastName}`,
          entryDate: formatDay(entry.entryDate, tutor.locale),
          difficulties: entry.difficulties,
          link: `${this.config.publicUrl}/internships/${internship.id}/journal`,
        },
      });
    }
    return recipients.length;
  }
}
