import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntry } from './mail-outbox.entity';
import { MAIL_QUEUE } from './mail-queue';
import { MailProcessor } from './mail.processor';
import { MailRelayLoop } from './mail-relay.loop';
import { MailRelayService } from './mail-relay.service';
import { MailSenderService } from './mail-sender.service';
import { SmtpMailer } from './smtp-mailer';

/**
 * The worker side of notifications: the relay from the outbox to the `mail` queue and the sender that
 * consumes it. Only the worker process loads it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntry]), BullModule.registerQueue({ name: MAIL_QUEUE })],
  providers: [SmtpMailer, MailSenderService, MailProcessor, MailRelayService, MailRelayLoop],
})
export class NotificationsWorkerModule {}
