import { Module } from '@nestjs/common';
import { InternshipCoreModule } from '../internships/internship-core.module';
import { LabelFacts } from './label-facts';
import { LabelsController } from './labels.controller';
import { LabelsService } from './labels.service';

/** The SEMSEM-stages label certificate and its public verification page. Granting the label: ../steps/internship-workflow.ts. */
@Module({
  imports: [InternshipCoreModule],
  controllers: [LabelsController],
  providers: [LabelFacts, LabelsService],
})
export class LabelsModule {}
