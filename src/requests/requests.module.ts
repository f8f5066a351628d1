import { Module } from '@nestjs/common';
import { RequestCoreModule } from './request-core.module';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { StudentSchooling } from './student-schooling';

/** Students' internship requests: routes and lifecycle. Documents hang off them in DocumentsModule. */
@Module({
  imports: [RequestCoreModule],
  controllers: [RequestsController],
  providers: [RequestsService, StudentSchooling],
  exports: [RequestCoreModule],
})
export class RequestsModule {}
