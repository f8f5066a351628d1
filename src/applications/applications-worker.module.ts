import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ApplicationCoreModule } from './application-core.module';
import { ApplicationMails } from './application-mails';
import { ApplicationRemindersScheduler } from './application-reminders.scheduler';
import { ApplicationRemindersService } from './application-reminders.service';
import { ApplicationsProcessor } from './applications.processor';
import { APPLICATIONS_QUEUE } from './applications-queue';

/** The worker side of applications: the hourly reminder of unanswered applications. */
@Module({
  imports: [
    ApplicationCoreModule,
    OrganisationsModule,
    NotificationsModule,
    BullModule.registerQueue({ name: APPLICATIONS_QUEUE }),
  ],
  providers: [ApplicationMails, ApplicationRemindersService, ApplicationRemindersScheduler, ApplicationsProcessor],
  exports: [ApplicationRemindersService],
})
export class ApplicationsWorkerModule {}
