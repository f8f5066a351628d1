import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from '../../users/user.entity';
import { AuthUser } from '../../common/auth/auth-user';
import { Page } from '../../common/paging/page';
import { InternshipAudit } from '../internships/internship-audit';
import { InternshipParty, InternshipStatus } from '../internships/internship-party';
import { CreateJournalCommentDto, CreateJournalEntryDto, JournalQueryDto } from './dto/journal.dto';
import { JournalCommentView, JournalEntryView } from './dto/journal.view';
import { JournalAccess } from './journal-access';
import { JournalComment, JournalCommenterRole } from './journal-comment.entity';
import { JournalEntry } from './journal-entry.entity';
import { JournalMails } from './journal-mails';
import { isJournalDateAllowed, latestToday } from './journal-period';
import { JournalViews } from './journal-views';
import { JournalsError, JournalsException } from './journals.exception';

/** Tutors still comment once the internship is over, until the label is decided. */
const COMMENTABLE = [InternshipStatus.InProgress, InternshipStatus.Completed];

/** Internship journals: the student's dated entries and the tutors' comments, each act audited. */
@Injectable()
export class JournalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: JournalAccess,
    private readonly mails: JournalMails,
    private readonly audit: InternshipAudit,
    private readonly views: JournalViews,
  ) {}

  async list(user: AuthUser, internshipId: string, query: JournalQueryDto): Promise<Page<JournalEntryView>> {
    await this.access.open(this.dataSource.manager, user, internshipId);
    return this.views.page(internshipId, query.limit, query.offset, query.flagged);
  }

  /** The student writes an entry; one reporting a difficulty is e-mailed to both tutors in the same transaction. */
  async addEntry(user: AuthUser, internshipId: string, dto: CreateJournalEntryDto): Promise<JournalEntryView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.open(manager, user, internshipId, true);
      if (!parts.includes(InternshipParty.Student)) throw new JournalsException(JournalsError.NotFound);
      if (internship.status !== InternshipStatus.InProgress) throw new JournalsException(JournalsError.Closed);
      if (!isJournalDateAllowed(dto.date, internship, latestToday(new Date()))) {
        throw new JournalsException(JournalsError.DateOutOfPeriod, undefined, 'date');
      }
      const entry = await manager.save(
        manager.create(JournalEntry, {
          internshipId,
          authorId: user.id,
          entryDate: dto.date,
          tasks: dto.tasks,
          difficulties: dto.difficulties ?? '',
          hours: dto.hours,
        }),
      );
      const flagged = entry.difficulties.trim() !== '';
      const notified = flagged
        ? await this.mails.difficultyReported(
            manager,
            internship,
            entry,
            await manager.findOneByOrFail(User, { id: user.id }),
          )
        : 0;
      await this.audit.record(manager, {
        internshipId,
        action: 'journal_entry_added',
        source: 'api',
        actorId: user.id,
        details: { entryId: entry.id, date: dto.date, flagged, tutorsNotified: notified },
      });
      return entry.id;
    });
    return this.views.entry(id);
  }

  /** A tutor comments on an entry of the journal. */
  async comment(
    user: AuthUser,
    internshipId: string,
    entryId: string,
    dto: CreateJournalCommentDto,
  ): Promise<JournalCommentView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.open(manager, user, internshipId, true);
      const role = commenterRole(parts);
      if (!role) throw new JournalsException(JournalsError.TutorsOnly);
      if (!COMMENTABLE.includes(internship.status)) throw new JournalsException(JournalsError.Closed);
      const entry = await manager.findOneBy(JournalEntry, { id: entryId, internshipId });
      if (!entry) throw new JournalsException(JournalsError.NotFound);
      const comment = await manager.save(
        manager.create(JournalComment, { entryId, authorId: user.id, authorRole: role, body: dto.body }),
      );
      await this.audit.record(manager, {
        internshipId,
        action: 'journal_comment_added',
        source: 'api',
        actorId: user.id,
        details: { entryId, commentId: comment.id, role },
      });
      return comment.id;
    });
    return this.views.comment(id);
  }
}

/** The tutor part a commenter speaks as; the company tutor first when one person holds both. */
function commenterRole(parts: InternshipParty[]): JournalCommenterRole | null {
  if (parts.includes(InternshipParty.CompanyTutor)) return InternshipParty.CompanyTutor;
  if (parts.includes(InternshipParty.AcademicTutor)) return InternshipParty.AcademicTutor;
  return null;
}
