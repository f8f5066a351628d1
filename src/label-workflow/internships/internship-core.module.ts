import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../../notifications/notifications.module';
import { Internship } from './internship.entity';
import { InternshipAccess } from './internship-access';
import { InternshipAudit } from './internship-audit';
import { InternshipAuditEntry } from './internship-audit.entity';
import { InternshipMails } from './internship-mails';
import { InternshipPartiesService } from './internship-parties.service';
import { InternshipRecordsService } from './internship-records.service';
import { InternshipReminder } from './internship-reminder.entity';
import { InternshipStep } from '../steps/internship-step.entity';
import { InternshipStepValidation } from '../steps/internship-step-validation.entity';
import { InternshipStepsService } from '../steps/internship-steps.service';
import { InternshipWorkflow } from '../steps/internship-workflow';
import { WorkflowTemplate } from '../steps/workflow-template.entity';
import { WorkflowTemplateStep } from '../steps/workflow-template-step.entity';

/**
 * The internship, its workflow templates, steps, reminders and audit: what every label-workflow module shares,
 * with the workflow engine without routes (`InternshipStepsService.completeBySystem`, e.g. for the signed
 * agreement) and `InternshipAccess` (who reaches an internship).
 */
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
    NotificationsModule,
  ],
  providers: [
    InternshipRecordsService,
    InternshipAudit,
    InternshipPartiesService,
    InternshipAccess,
    InternshipMails,
    InternshipWorkflow,
    InternshipStepsService,
  ],
  exports: [
    TypeOrmModule,
    InternshipRecordsService,
    InternshipAudit,
    InternshipPartiesService,
    InternshipAccess,
    InternshipMails,
    InternshipWorkflow,
    InternshipStepsService,
  ],
})
export class InternshipCoreModule {}
