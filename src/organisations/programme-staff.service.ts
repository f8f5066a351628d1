import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import studyYears from '../reference/data/study-years.json';
import {
  ProgrammeDto,
  ProgrammeStudentDto,
  SchoolingConfirmationDto,
  StudentsQueryDto,
  YearManagersDto,
} from './dto/university.dto';
import { OrganisationsError, OrganisationsException } from './organisations.exception';
import { Programme } from './programme.entity';
import { ProgrammeYearManager } from './programme-year-manager.entity';
import { toProgrammeDto, UniversitiesService } from './universities.service';

/** Who leads a programme, and what each of them may see of its students. */
@Injectable()
export class ProgrammeStaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly universities: UniversitiesService,
  ) {}

  async setManager(programmeId: string, userId: string): Promise<ProgrammeDto> {
    const programme = await this.universities.getProgramme(programmeId);
    await this.assertStaff([userId], Role.ProgrammeManager, programme.universityId);
    programme.managerId = userId;
    return toProgrammeDto(await this.dataSource.getRepository(Programme).save(programme));
  }

  async setYearManagers(caller: AuthUser, programmeId: string, studyYear: number, userIds: string[]): Promise<void> {
    const programme = await this.programmeLedBy(caller, programmeId);
    const unique = [...new Set(userIds)];
    await this.assertStaff(unique, Role.YearManager, programme.universityId);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ProgrammeYearManager).delete({ programmeId, studyYear });
      if (unique.length > 0) {
        await manager
          .getRepository(ProgrammeYearManager)
          .insert(unique.map((userId) => ({ programmeId, studyYear, userId })));
      }
    });
  }

  /** Students of a programme: all years for its manager and admins, only their years for a year manager. */
  async listStudents(
    caller: AuthUser,
    programmeId: string,
    query: StudentsQueryDto,
  ): Promise<Page<ProgrammeStudentDto>> {
    const years = await this.visibleYears(caller, programmeId);
    const wanted = query.studyYear ? years.filter((y) => y === query.studyYear) : years;
    const builder = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(StudentProfile, 'p', 'p.user_id = u.id')
      .select(['u.id AS "userId"', 'u.first_name AS "firstName"', 'u.last_name AS "lastName"', 'u.email AS email'])
      .addSelect('p.study_year', 'studyYear')
      .addSelect('p.programme_confirmed_at IS NOT NULL', 'schoolingConfirmed')
      .where('p.programme_id = :programmeId AND p.study_year IN (:...years)', {
        programmeId,
        years: wanted.length ? wanted : [0],
      })
      .orderBy('u.last_name', 'ASC')
      .addOrderBy('u.first_name', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (query.schooling)
      builder.andWhere(`p.programme_confirmed_at IS ${query.schooling === 'pending' ? '' : 'NOT '}NULL`);
    const total = await builder.getCount();
    const items = await builder.offset(query.offset).limit(query.limit).getRawMany<ProgrammeStudentDto>();
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * The programme's manager (or an admin) confirms that the student belongs to it: from then on, offers targeted at
   * the programme, its university or country reach the student. Confirming twice keeps the first confirmation.
   */
  async confirmSchooling(caller: AuthUser, programmeId: string, studentId: string): Promise<SchoolingConfirmationDto> {
    await this.programmeLedBy(caller, programmeId);
    const [row]: Array<{ confirmedAt: Date }> = await this.dataSource
      .query(
        `UPDATE student_profiles
          SET programme_confirmed_at = coalesce(programme_confirmed_at, now()),
              programme_confirmed_by = coalesce(programme_confirmed_by, $3)
        WHERE user_id = $1 AND programme_id = $2
        RETURNING programme_confirmed_at AS "confirmedAt"`,
        [studentId, programmeId, caller.id],
      )
      .then(([rows]) => rows);
    if (!row) throw new OrganisationsException(OrganisationsError.StudentNotInProgramme);
    return { userId: studentId, programmeId, confirmedAt: row.confirmedAt.toISOString() };
  }

  /** The current year managers of the programme, by study year (years without any are left out). */
  async listYearManagers(caller: AuthUser, programmeId: string): Promise<YearManagersDto[]> {
    await this.programmeLedBy(caller, programmeId);
    const rows = (await this.dataSource.query(
      `SELECT y.study_year, u.id, u.first_name, u.last_name
         FROM programme_year_managers y JOIN users u ON u.id = y.user_id
        WHERE y.programme_id = $1
        ORDER BY y.study_year, u.last_name, u.first_name, u.id`,
      [programmeId],
    )) as Array<{ study_year: number; id: string; first_name: string; last_name: string }>;
    const years: YearManagersDto[] = [];
    for (const row of rows) {
      if (years.at(-1)?.studyYear !== row.study_year) years.push({ studyYear: row.study_year, managers: [] });
      years.at(-1)!.managers.push({ id: row.id, firstName: row.first_name, lastName: row.last_name });
    }
    return years;
  }

  /** The programme if the caller leads it (or is an admin); otherwise it does not exist for them. */
  private async programmeLedBy(caller: AuthUser, programmeId: string): Promise<Programme> {
    const programme = await this.universities.getProgramme(programmeId);
    if (caller.role !== Role.Admin && programme.managerId !== caller.id) {
      throw new OrganisationsException(OrganisationsError.ProgrammeNotFound);
    }
    return programme;
  }

  private async visibleYears(caller: AuthUser, programmeId: string): Promise<number[]> {
    if (caller.role === Role.YearManager) {
      const rows = await this.dataSource.getRepository(ProgrammeYearManager).findBy({ programmeId, userId: caller.id });
      if (rows.length === 0) throw new OrganisationsException(OrganisationsError.ProgrammeNotFound);
      return rows.map((row) => row.studyYear);
    }
    await this.programmeLedBy(caller, programmeId);
    return studyYears.map((year) => year.code);
  }

  private async assertStaff(userIds: string[], role: Role, universityId: string): Promise<void> {
    if (userIds.length === 0) return;
    const count = await this.dataSource.getRepository(User).countBy({ id: In(userIds), role, universityId });
    if (count !== userIds.length) throw new OrganisationsException(OrganisationsError.NotStaffOfUniversity);
  }
}
