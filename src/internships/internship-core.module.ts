import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Internship } from './internship.entity';
import { InternshipRecordsService } from './internship-records.service';

/** The internship record, for the modules that create or read it. No routes yet: the label workflow adds them. */
@Module({
  imports: [TypeOrmModule.forFeature([Internship])],
  providers: [InternshipRecordsService],
  exports: [TypeOrmModule, InternshipRecordsService],
})
export class InternshipCoreModule {}
