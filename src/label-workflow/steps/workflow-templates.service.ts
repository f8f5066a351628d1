import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { Page } from '../../common/paging/page';
import {
  CreateWorkflowTemplateDto,
  WorkflowTemplateDetailView,
  WorkflowTemplateQueryDto,
  WorkflowTemplateStepView,
  WorkflowTemplateView,
} from './dto/workflow-template.dto';
import { InternshipsError, InternshipsException } from '../internships/internships.exception';
import { templateProblems } from './template-rules';
import { WorkflowTemplate } from './workflow-template.entity';
import { WorkflowTemplateStep } from './workflow-template-step.entity';

/**
 * Workflow templates: the platform default and each programme's versions. A version is never changed; editing
 * writes the next one, so running internships keep theirs.
 */
@Injectable()
export class WorkflowTemplatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: WorkflowTemplateQueryDto): Promise<Page<WorkflowTemplateView>> {
    const where = query.programmeId ? 'WHERE t.programme_id IS NULL OR t.programme_id = $1' : '';
    const params = query.programmeId ? [query.programmeId] : [];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM workflow_templates t ${where}`,
      params,
    )) as Array<{ total: number }>;
    const rows = (await this.dataSource.query(
      `${viewSelect} ${where}
       ORDER BY t.programme_id NULLS FIRST, p.name, t.version DESC
       LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    )) as RawTemplate[];
    return { items: rows.map(toView), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<WorkflowTemplateDetailView> {
    const [row] = (await this.dataSource.query(`${viewSelect} WHERE t.id = $1`, [id])) as RawTemplate[];
    if (!row) throw new InternshipsException(InternshipsError.TemplateNotFound);
    const steps = await this.dataSource
      .getRepository(WorkflowTemplateStep)
      .find({ where: { templateId: id }, order: { position: 'ASC' } });
    return { ...toView(row), steps: steps.map(stepView) };
  }

  /** Writes the programme's next version from a full step list; its manager or an admin. */
  async createVersion(
    caller: AuthUser,
    programmeId: string,
    dto: CreateWorkflowTemplateDto,
  ): Promise<WorkflowTemplateDetailView> {
    const problems = templateProblems(dto.labelMode, dto.steps);
    if (problems.length > 0) throw InternshipsException.invalid(InternshipsError.InvalidTemplate, problems);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.lockProgrammeLedBy(manager, caller, programmeId);
      const [{ next }] = (await manager.query(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM workflow_templates WHERE programme_id = $1',
        [programmeId],
      )) as Array<{ next: number }>;
      const template = await manager.save(
        manager.create(WorkflowTemplate, {
          programmeId,
          version: next,
          name: dto.name.trim(),
          labelMode: dto.labelMode,
          companyGradeWeight: dto.companyGradeWeight,
          createdBy: caller.id,
        }),
      );
      await manager.insert(
        WorkflowTemplateStep,
        dto.steps.map((step, position) => ({
          templateId: template.id,
          key: step.key,
          position,
          phase: step.phase,
          nameFr: step.nameFr.trim(),
          nameEn: step.nameEn.trim(),
          mandatory: step.mandatory,
          performer: step.performer,
          validators: step.validators,
          evidence: step.evidence,
          prerequisites: [...new Set(step.prerequisites)],
          deadlineAnchor: step.deadlineAnchor ?? null,
          deadlineOffsetDays: step.deadlineOffsetDays ?? null,
          reminderDaysBefore: step.reminderDaysBefore,
          escalateAfterDays: step.escalateAfterDays ?? null,
          escalateTo: step.escalateTo ?? null,
          confidential: step.confidential,
          graded: step.graded,
        })),
      );
      return template.id;
    });
    return this.get(id);
  }

  /** The template a starting internship follows: its programme's newest version, else the default's newest. */
  async latestFor(manager: EntityManager, programmeId: string | null): Promise<WorkflowTemplate> {
    const [row] = (await manager.query(
      `SELECT id FROM workflow_templates WHERE programme_id = $1 OR programme_id IS NULL
        ORDER BY (programme_id IS NULL), version DESC LIMIT 1`,
      [programmeId],
    )) as Array<{ id: string }>;
    const template = row ? await manager.findOneBy(WorkflowTemplate, { id: row.id }) : null;
    if (!template) throw new Error('no workflow template: the default one is seeded by a migration');
    return template;
  }

  private async lockProgrammeLedBy(manager: EntityManager, caller: AuthUser, programmeId: string): Promise<void> {
    // The programme row lock serialises two managers writing the next version at once.
    const [row] = (await manager.query('SELECT manager_id FROM programmes WHERE id = $1 FOR UPDATE', [
      programmeId,
    ])) as Array<{
      manager_id: string | null;
    }>;
    if (!row || (caller.role !== Role.Admin && row.manager_id !== caller.id)) {
      throw new InternshipsException(InternshipsError.ProgrammeNotFound);
    }
  }
}

interface RawTemplate {
  id: string;
  programme_id: string | null;
  programme_name: string | null;
  version: number;
  latest: boolean;
  name: string;
  label_mode: WorkflowTemplate['labelMode'];
  company_grade_weight: string;
  created_at: Date;
  step_count: number;
}

const viewSelect = `
  SELECT t.id, t.programme_id, p.name AS programme_name, t.version, t.name, t.label_mode, t.company_grade_weight,
         t.created_at,
         (SELECT count(*)::int FROM workflow_template_steps s WHERE s.template_id = t.id) AS step_count,
         NOT EXISTS (SELECT 1 FROM workflow_templates n
                      WHERE n.programme_id IS NOT DISTINCT FROM t.programme_id AND n.version > t.version) AS latest
    FROM workflow_templates t LEFT JOIN programmes p ON p.id = t.programme_id`;

function toView(row: RawTemplate): WorkflowTemplateView {
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    version: row.version,
    latest: row.latest,
    name: row.name,
    labelMode: row.label_mode,
    companyGradeWeight: Number(row.company_grade_weight),
    createdAt: row.created_at,
    stepCount: row.step_count,
  };
}

export function stepView(step: WorkflowTemplateStep): WorkflowTemplateStepView {
  return {
    key: step.key,
    position: step.position,
    phase: step.phase,
    nameFr: step.nameFr,
    nameEn: step.nameEn,
    mandatory: step.mandatory,
    performer: step.performer,
    validators: step.validators,
    evidence: step.evidence,
    prerequisites: step.prerequisites,
    deadlineAnchor: step.deadlineAnchor,
    deadlineOffsetDays: step.deadlineOffsetDays,
    reminderDaysBefore: step.reminderDaysBefore,
    escalateAfterDays: step.escalateAfterDays,
    escalateTo: step.escalateTo,
    confidential: step.confidential,
    graded: step.graded,
  };
}
