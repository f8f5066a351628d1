import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { InternshipCoreModule } from '../internships/internship-core.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { StepReminderMails } from './step-reminder-mails';
import { STEP_REMINDERS_QUEUE } from './step-reminders-queue';
import { StepRemindersProcessor } from './step-reminders.processor';
import { StepRemindersScheduler } from './step-reminders.scheduler';
import { StepRemindersService } from './step-reminders.service';

/** The worker side of the label workflow: the daily reminders, overdue notices and escalations of steps. */
@Module({
  imports: [InternshipCoreModule, NotificationsModule, BullModule.registerQueue({ name: STEP_REMINDERS_QUEUE })],
  providers: [StepReminderMails, StepRemindersService, StepRemindersScheduler, StepRemindersProcessor],
  exports: [StepRemindersService],
})
export class StepRemindersWorkerModule {}
