import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InternshipRequest } from './internship-request.entity';
import { RequestAccess } from './request-access';
import { RequestChangeRecorder } from './request-change-recorder';
import { RequestHistoryEntry } from './request-history.entity';

/**
 * What other modules need of requests, in the API and the worker alike: the entities, the change recorder
 * (every change goes through it) and access checks. No routes.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InternshipRequest, RequestHistoryEntry])],
  providers: [RequestChangeRecorder, RequestAccess],
  exports: [TypeOrmModule, RequestChangeRecorder, RequestAccess],
})
export class RequestCoreModule {}
