import { Module } from '@nestjs/common';
import { InternshipDashboardService } from './internship-dashboard.service';
import { InternshipSheetService } from './internship-sheet.service';
import { InternshipStepsController } from '../steps/internship-steps.controller';
import { InternshipViews } from './internship-views';
import { InternshipCoreModule } from './internship-core.module';
import { InternshipsController } from './internships.controller';
import { WorkflowTemplatesController } from '../steps/workflow-templates.controller';
import { WorkflowTemplatesService } from '../steps/workflow-templates.service';

/** The label workflow's routes: templates, the internship sheet and start, steps, the dashboard and audit. */
@Module({
  imports: [InternshipCoreModule],
  controllers: [WorkflowTemplatesController, InternshipsController, InternshipStepsController],
  providers: [WorkflowTemplatesService, InternshipSheetService, InternshipDashboardService, InternshipViews],
})
export class InternshipsModule {}
