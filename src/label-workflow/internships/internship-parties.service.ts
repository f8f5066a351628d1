import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { Internship } from './internship.entity';
import { InternshipParty } from './internship-party';

/**
 * Who plays which part in an internship: its student, its company tutor, its academic tutor, the year managers of
 * its programme and study year, and its programme's manager. The one place these rules are written.
 */
@Injectable()
export class InternshipPartiesService {
  /** The parts `userId` plays in the internship (none: an outsider). */
  async partsOf(manager: EntityManager, internship: Internship, userId: string): Promise<InternshipParty[]> {
    const parts: InternshipParty[] = [];
    if (internship.studentId === userId) parts.push(InternshipParty.Student);
    if (internship.companyTutorId === userId) parts.push(InternshipParty.CompanyTutor);
    if (internship.academicTutorId === userId) parts.push(InternshipParty.AcademicTutor);
    if (internship.programmeId) {
      const [row] = (await manager.query(
        `SELECT EXISTS (SELECT 1 FROM programmes WHERE id = $1 AND manager_id = $3) AS programme_manager,
                EXISTS (SELECT 1 FROM programme_year_managers
                         WHERE programme_id = $1 AND study_year = $2 AND user_id = $3) AS year_manager`,
        [internship.programmeId, internship.studyYear, userId],
      )) as Array<{ programme_manager: boolean; year_manager: boolean }>;
      if (row.year_manager) parts.push(InternshipParty.YearManager);
      if (row.programme_manager) parts.push(InternshipParty.ProgrammeManager);
    }
    return parts;
  }

  /** The active accounts playing `party` in the internship (several year managers may share a year). */
  async usersFor(manager: EntityManager, internship: Internship, party: InternshipParty): Promise<User[]> {
    const byIds = (ids: Array<string | null>) => {
      const present = ids.filter((id): id is string => id !== null);
      return present.length === 0
        ? Promise.resolve([])
        : manager
            .getRepository(User)
            .createQueryBuilder('u')
            .where('u.id IN (:...ids) AND u.disabled_at IS NULL', { ids: present })
            .getMany();
    };
    switch (party) {
      case InternshipParty.Student:
        return byIds([internship.studentId]);
      case InternshipParty.CompanyTutor:
        return byIds([internship.companyTutorId]);
      case InternshipParty.AcademicTutor:
        return byIds([internship.academicTutorId]);
      case InternshipParty.ProgrammeManager: {
        if (!internship.programmeId) return [];
        const rows = (await manager.query('SELECT manager_id AS id FROM programmes WHERE id = $1', [
          internship.programmeId,
        ])) as Array<{ id: string | null }>;
        return byIds(rows.map((row) => row.id));
      }
      case InternshipParty.YearManager: {
        if (!internship.programmeId || internship.studyYear === null) return [];
        const rows = (await manager.query(
          'SELECT user_id AS id FROM programme_year_managers WHERE programme_id = $1 AND study_year = $2',
          [internship.programmeId, internship.studyYear],
        )) as Array<{ id: string }>;
        return byIds(rows.map((row) => row.id));
      }
      default: {
        const unhandled: never = party;
        throw new Error(`no rule for internship party ${String(unhandled)}`);
      }
    }
  }
}
