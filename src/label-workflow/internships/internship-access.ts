import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { Internship } from './internship.entity';
import { InternshipParty } from './internship-party';
import { InternshipPartiesService } from './internship-parties.service';
import { InternshipsError, InternshipsException } from './internships.exception';

/** An internship as one caller reaches it, with the parts they play in it. */
export interface ReachedInternship {
  internship: Internship;
  parts: InternshipParty[];
  /** An active contact of the host company (who may complete the sheet), tutor or not. */
  hostContact: boolean;
}

/**
 * Who reaches an internship: its parties (student, tutors, year managers of its programme and year, the programme's
 * manager), the host company's active contacts, and admins. For anyone else it does not exist (404).
 */
@Injectable()
export class InternshipAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: InternshipPartiesService,
  ) {}

  async find(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ReachedInternship> {
    // A label whose holder deleted their account is kept for its verification only, never followed or changed.
    const builder = manager
      .createQueryBuilder(Internship, 'i')
      .where('i.id = :id', { id })
      .andWhere('i.student_id IS NOT NULL');
    if (user.role !== Role.Admin) builder.andWhere(reachableBy('i', ':userId'), { userId: user.id });
    if (lock) builder.setLock('pessimistic_write');
    const internship = await builder.getOne();
    if (!internship) throw new InternshipsException(InternshipsError.NotFound);
    const parts = await this.parties.partsOf(manager, internship, user.id);
    const [{ contact }] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM company_memberships WHERE user_id = $1 AND company_id = $2 AND status = 'active') AS contact`,
      [user.id, internship.companyId],
    )) as Array<{ contact: boolean }>;
    return { internship, parts, hostContact: contact };
  }

  /** Locks the internship for a change inside `manager`'s transaction. */
  lock(manager: EntityManager, user: AuthUser, id: string): Promise<ReachedInternship> {
    return this.find(user, id, manager, true);
  }
}

/** SQL: the user (a parameter placeholder) reaches the internship (by alias) as a party or a host contact. */
export function reachableBy(alias: string, userParam: string): string {
  return `(${alias}.student_id = ${userParam} OR ${alias}.company_tutor_id = ${userParam}
           OR ${alias}.academic_tutor_id = ${userParam}
           OR EXISTS (SELECT 1 FROM company_memberships m
                       WHERE m.user_id = ${userParam} AND m.company_id = ${alias}.company_id AND m.status = 'active')
           OR EXISTS (SELECT 1 FROM programmes p WHERE p.id = ${alias}.programme_id AND p.manager_id = ${userParam})
           OR EXISTS (SELECT 1 FROM programme_year_managers y
                       WHERE y.programme_id = ${alias}.programme_id AND y.study_year = ${alias}.study_year
                         AND y.user_id = ${userParam}))`;
}
