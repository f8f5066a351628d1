import { Module } from '@nestjs/common';
import { ProfileReadsController } from './profile-reads.controller';
import { ProfileReadsService } from './profile-reads.service';

/** The log of company contacts' reads of students' profiles and CVs, its daily cap, and the student's view of it. */
@Module({
  controllers: [ProfileReadsController],
  providers: [ProfileReadsService],
  exports: [ProfileReadsService],
})
export class ProfileReadsModule {}
