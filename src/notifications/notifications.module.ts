import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntry } from './mail-outbox.entity';
import { MailOutboxService } from './mail-outbox.service';

/** What other modules use to send e-mail: `MailOutboxService.enqueue` inside their own transaction. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntry])],
  providers: [MailOutboxService],
  exports: [MailOutboxService],
})
export class NotificationsModule {}
