import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Internship } from './internship.entity';
import { InternshipAudit } from './internship-audit';
import { InternshipAuditEntry } from './internship-audit.entity';
import { InternshipPartiesService } from './internship-parties.service';
import { InternshipRecordsService } from './internship-records.service';
import { InternshipReminder } from './internship-reminder.entity';
import { InternshipStep } from './internship-step.entity';
import { InternshipStepValidation } from './internship-step-validation.entity';
import { WorkflowTemplate } from './workflow-template.entity';
import { WorkflowTemplateStep } from './workflow-template-step.entity';

/** The internship, its workflow templates, steps, reminders and audit: what every label-workflow module shares. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Internship,
      WorkflowTemplate,
      WorkflowTemplateStep,
      InternshipStep,
      InternshipStepValidation,
      InternshipReminder,
      InternshipAuditEntry,
    ]),
  ],
  providers: [InternshipRecordsService, InternshipAudit, InternshipPartiesService],
  exports: [TypeOrmModule, InternshipRecordsService, InternshipAudit, InternshipPartiesService],
})
export class InternshipCoreModule {}
