import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { SYSTEM_QUEUE } from './system-queue';
import { SystemProcessor } from './system.processor';
import { SystemService } from './system.service';

/** Worker-side housekeeping: the heartbeat schedule that /health reads. */
@Module({
  imports: [BullModule.registerQueue({ name: SYSTEM_QUEUE })],
  providers: [SystemService, SystemProcessor],
  exports: [SystemService],
})
export class SystemModule {}
