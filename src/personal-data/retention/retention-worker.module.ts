import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PersonalDataCoreModule } from '../personal-data-core.module';
import { RETENTION_QUEUE } from './retention-queue';
import { RetentionProcessor } from './retention.processor';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** The worker side of personal data: the daily retention sweep. */
@Module({
  imports: [PersonalDataCoreModule, BullModule.registerQueue({ name: RETENTION_QUEUE })],
  providers: [RetentionService, RetentionScheduler, RetentionProcessor],
  exports: [RetentionService],
})
export class RetentionWorkerModule {}
