import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { Page } from '../../common/paging/page';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { InternshipQueryDto } from './dto/internship.dto';
import { AuditEntryView, InternshipSummaryView, InternshipView } from './dto/internship.view';
import { InternshipAccess, reachableBy } from './internship-access';
import { InternshipParty, InternshipStatus } from './internship-party';
import { InternshipViews } from './internship-views';
import { LABEL_DECISION_STEP } from '../steps/template-rules';
import { InternshipsError, InternshipsException } from './internships.exception';

/** "Suivi global des stagiaires": the list each caller may follow, one internship's dashboard, its audit. */
@Injectable()
export class InternshipDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: InternshipAccess,
    private readonly views: InternshipViews,
  ) {}

  async get(user: AuthUser, id: string): Promise<InternshipView> {
    const { internship, parts } = await this.access.find(user, id);
    return this.views.dashboard(this.dataSource.manager, internship, parts);
  }

  async list(user: AuthUser, query: InternshipQueryDto): Promise<Page<InternshipSummaryView>> {
    // A label whose holder deleted their account is no longer followed: it stays verifiable by its code only.
    const conditions: string[] = ['i.student_id IS NOT NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (user.role !== Role.Admin) conditions.push(reachableBy('i', param(user.id)));
    if (query.academicYear) conditions.push(`i.academic_year = ${param(query.academicYear)}`);
    if (query.programmeId) conditions.push(`i.programme_id = ${param(query.programmeId)}`);
    if (query.studyYear) conditions.push(`i.study_year = ${param(query.studyYear)}`);
    if (query.status) conditions.push(`i.status = ${param(query.status)}`);
    if (query.waitingForMe) conditions.push(waitingFor('i', param(user.id)));
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM internships i ${where}`,
      params,
    )) as Array<{ total: number }>;
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.status, i.student_id, s.first_name, s.last_name, i.company_id, c.name AS company_name,
              i.programme_id, g.name AS programme_name, i.study_year, i.academic_year, i.title,
              to_char(i.start_date, 'YYYY-MM-DD') AS start_date, to_char(i.end_date, 'YYYY-MM-DD') AS end_date,
              count(st.step_key) FILTER (WHERE st.status = 'validated')::int AS done,
              count(st.step_key) FILTER (WHERE st.status <> 'validated')::int AS to_do,
              count(st.step_key) FILTER (WHERE st.status <> 'validated' AND st.due_on < current_date
                                           AND i.status IN ('in_progress','completed'))::int AS overdue,
              count(st.step_key) FILTER (WHERE ts.mandatory AND st.status = 'validated')::int AS mandatory_done,
              count(st.step_key) FILTER (WHERE ts.mandatory)::int AS mandatory_total
         FROM internships i
         JOIN users s ON s.id = i.student_id
         JOIN companies c ON c.id = i.company_id
         LEFT JOIN programmes g ON g.id = i.programme_id
         LEFT JOIN internship_steps st ON st.internship_id = i.id
         LEFT JOIN workflow_template_steps ts ON ts.template_id = i.template_id AND ts.key = st.step_key
         ${where}
        GROUP BY i.id, s.id, c.id, g.id
        ORDER BY i.academic_year DESC NULLS LAST, s.last_name, s.first_name, i.id
        LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
      params,
    )) as SummaryRow[];
    return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
  }

  /** The audit, oldest first: the programme manager of the internship and admins. */
  async audit(user: AuthUser, id: string, page: PageQueryDto): Promise<Page<AuditEntryView>> {
    const { parts } = await this.access.find(user, id);
    if (user.role !== Role.Admin && !parts.includes(InternshipParty.ProgrammeManager)) {
      throw new InternshipsException(InternshipsError.NotEditable, 'Only the programme manager reads the audit');
    }
    const [{ total }] = (await this.dataSource.query(
      'SELECT count(*)::int AS total FROM internship_audit WHERE internship_id = $1',
      [id],
    )) as Array<{
      total: number;
    }>;
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.at, a.actor_id, coalesce(u.first_name || ' ' || u.last_name, a.actor_label) AS actor, a.source, a.action,
              a.step_key, a.details
         FROM internship_audit a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.internship_id = $1 ORDER BY a.id LIMIT $2 OFFSET $3`,
      [id, page.limit, page.offset],
    )) as Array<{
      id: string;
      at: Date;
      actor_id: string | null;
      actor: string | null;
      source: string;
      action: string;
      step_key: string | null;
      details: Record<string, unknown>;
    }>;
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actor: r.actor,
        source: r.source,
        action: r.action,
        stepKey: r.step_key,
        details: r.details,
      })),
      total,
      limit: page.limit,
      offset: page.offset,
    };
  }
}

/**
 * SQL: a running internship (by alias) has a step waiting for the user (a parameter placeholder): one they perform,
 * still to do, whose prerequisites are validated; or one submitted that a part they play has yet to validate.
 * As the workflow's turns: signature steps are done through the agreement, the label decision once completed.
 */
function waitingFor(alias: string, userParam: string): string {
  const parts = `ARRAY_REMOVE(ARRAY[
      CASE WHEN ${alias}.student_id = ${userParam} THEN 'student' END,
      CASE WHEN ${alias}.company_tutor_id = ${userParam} THEN 'company_tutor' END,
      CASE WHEN ${alias}.academic_tutor_id = ${userParam} THEN 'academic_tutor' END,
      CASE WHEN EXISTS (SELECT 1 FROM programme_year_managers y WHERE y.programme_id = ${alias}.programme_id
                          AND y.study_year = ${alias}.study_year AND y.user_id = ${userParam}) THEN 'year_manager' END,
      CASE WHEN EXISTS (SELECT 1 FROM programmes p WHERE p.id = ${alias}.programme_id AND p.manager_id = ${userParam})
           THEN 'programme_manager' END]::varchar[], NULL)`;
  return `(${alias}.status IN ('in_progress','completed') AND EXISTS (
      SELECT 1 FROM internship_steps ws
        JOIN workflow_template_steps wt ON wt.template_id = ${alias}.template_id AND wt.key = ws.step_key
       WHERE ws.internship_id = ${alias}.id AND wt.evidence <> 'signature'
         AND (wt.key <> '${LABEL_DECISION_STEP}' OR ${alias}.status = 'completed')
         AND ((ws.status = 'todo' AND wt.performer = ANY(${parts})
               AND NOT EXISTS (SELECT 1 FROM internship_steps pq WHERE pq.internship_id = ${alias}.id
                                  AND pq.step_key = ANY(wt.prerequisites) AND pq.status <> 'validated'))
           OR (ws.status = 'submitted' AND EXISTS (
                 SELECT 1 FROM unnest(wt.validators) AS v(party)
                  WHERE v.party = ANY(${parts})
                    AND NOT EXISTS (SELECT 1 FROM internship_step_validations sv WHERE sv.internship_id = ${alias}.id
                                       AND sv.step_key = ws.step_key AND sv.role = v.party))))))`;
}

interface SummaryRow {
  id: string;
  status: InternshipStatus;
  student_id: string;
  first_name: string;
  last_name: string;
  company_id: string;
  company_name: string;
  programme_id: string | null;
  programme_name: string | null;
  study_year: number | null;
  academic_year: string | null;
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  done: number;
  to_do: number;
  overdue: number;
  mandatory_done: number;
  mandatory_total: number;
}

function toSummary(row: SummaryRow): InternshipSummaryView {
  return {
    id: row.id,
    status: row.status,
    student: { id: row.student_id, name: `${row.first_name} ${row.last_name}` },
    company: { id: row.company_id, name: row.company_name },
    programme: row.programme_id ? { id: row.programme_id, name: row.programme_name ?? '' } : null,
    studyYear: row.study_year,
    academicYear: row.academic_year,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    progress: {
      done: row.done,
      toDo: row.to_do,
      overdue: row.overdue,
      mandatoryDone: row.mandatory_done,
      mandatoryTotal: row.mandatory_total,
    },
  };
}
