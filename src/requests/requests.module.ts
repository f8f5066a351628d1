import { Module } from '@nestjs/common';
import { RequestCoreModule } from './request-core.module';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { StudentSchooling } from './student-schooling';
import { ProfileReadsModule } from '../profile-reads/profile-reads.module';

/** Students' internship requests: routes and lifecycle. Documents hang off them in DocumentsModule. */
@Module({
  imports: [RequestCoreModule, ProfileReadsModule],
  controllers: [RequestsController],
  providers: [RequestsService, StudentSchooling],
  exports: [RequestCoreModule],
})
export class RequestsModule {}
