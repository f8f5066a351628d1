import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Country } from './country.entity';
import { InternshipType } from './internship-type.entity';
import { NaceDivision } from './nace-division.entity';
import { NaceSection } from './nace-section.entity';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';
import { StudyYear } from './study-year.entity';

/** NACE sectors, countries, study years and internship types: lists, labels and code checks. */
@Module({
  imports: [TypeOrmModule.forFeature([NaceSection, NaceDivision, Country, StudyYear, InternshipType])],
  controllers: [ReferenceController],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
