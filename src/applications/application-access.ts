import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { Application } from './application.entity';
import { ApplicationsError, ApplicationsException } from './applications.exception';

/**
 * Finds an application the way a caller may reach it: its student; the active contacts of the offer's company;
 * admins. Anyone else is told it does not exist.
 */
@Injectable()
export class ApplicationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findReadable(user: AuthUser, id: string): Promise<Application> {
    const application = await this.find(this.dataSource.manager, user, id, 'any', false);
    if (!application) throw new ApplicationsException(ApplicationsError.NotFound);
    return application;
  }

  /** Locks an application for a change by `side`, inside `manager`'s transaction. */
  async lock(manager: EntityManager, user: AuthUser, id: string, side: 'company' | 'student'): Promise<Application> {
    const application = await this.find(manager, user, id, side, true);
    if (!application) throw new ApplicationsException(ApplicationsError.NotFound);
    return application;
  }

  private find(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    side: 'company' | 'student' | 'any',
    forUpdate: boolean,
  ): Promise<Application | null> {
    const builder = manager.createQueryBuilder(Application, 'a').where('a.id = :id', { id });
    const asStudent = user.role === Role.Student && side !== 'company';
    const asCompany = (user.role === Role.CompanyContact || user.role === Role.Admin) && side !== 'student';
    if (asStudent) builder.andWhere('a.student_id = :userId', { userId: user.id });
    else if (asCompany && user.role === Role.CompanyContact) {
      builder.andWhere(activeContactOfApplicationCompany('a', ':userId'), { userId: user.id });
    } else if (!asCompany) return Promise.resolve(null);
    if (forUpdate) builder.setLock('pessimistic_write');
    return builder.getOne();
  }
}

/** The user (a parameter placeholder) is an active contact of the application's (by alias) company. */
export function activeContactOfApplicationCompany(alias: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM company_memberships m
                   WHERE m.user_id = ${userParam} AND m.company_id = ${alias}.company_id AND m.status = 'active')`;
}
