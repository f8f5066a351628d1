import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InternshipCoreModule } from '../internships/internship-core.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { JournalAccess } from './journal-access';
import { JournalComment } from './journal-comment.entity';
import { JournalEntry } from './journal-entry.entity';
import { JournalMails } from './journal-mails';
import { JournalViews } from './journal-views';
import { JournalsController } from './journals.controller';
import { JournalsService } from './journals.service';

/** "Journaux de stage": the student's dated entries and the tutors' comments. */
@Module({
  imports: [TypeOrmModule.forFeature([JournalEntry, JournalComment]), InternshipCoreModule, NotificationsModule],
  controllers: [JournalsController],
  providers: [JournalAccess, JournalMails, JournalViews, JournalsService],
})
export class JournalsModule {}
