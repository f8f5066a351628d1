import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';
import { AuthUser } from '../common/auth/auth-user';
import { MeDto, UpdateMeDto } from './dto/me.dto';
import { Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';

// The fields of a person that their indexed profiles carry.
const INDEXED_FIELDS = ['civility', 'firstName', 'lastName'] as const;

/** "Informations personnelles": the caller's own account, with their student or company side. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profilesOutbox: ProfilesOutbox,
  ) {}

  async get(caller: AuthUser): Promise<MeDto> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.id });
    const [student] = await this.dataSource.query(
      `SELECT p.programme_id AS "programmeId", g.name AS "programmeName", g.university_id AS "universityId",
              un.name AS "universityName", p.study_year AS "studyYear",
              un.country_code AS "universityCountry", p.residence_country AS "residenceCountry"
         FROM student_profiles p JOIN programmes g ON g.id = p.programme_id JOIN universities un ON un.id = g.university_id
        WHERE p.user_id = $1`,
      [caller.id],
    );
    const [company] = await this.dataSource.query(
      `SELECT m.company_id AS "companyId", c.name AS "companyName", m.status AS "membershipStatus",
              c.approval_status AS "companyApprovalStatus"
         FROM company_memberships m JOIN companies c ON c.id = m.company_id WHERE m.user_id = $1`,
      [caller.id],
    );
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      civility: user.civility,
      firstName: user.firstName,
      lastName: user.lastName,
      locale: user.locale,
      universityId: user.universityId,
      ...(student ? { student } : {}),
      ...(company ? { company } : {}),
    };
  }

  async update(caller: AuthUser, input: UpdateMeDto): Promise<MeDto> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      // A new name reaches the search in the same transaction as the change, not at the next rebuild.
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(User).update(caller.id, changes);
        if (caller.role === Role.Student && INDEXED_FIELDS.some((field) => field in changes)) {
          await this.profilesOutbox.studentsChanged(manager, [caller.id]);
        }
      });
    }
    return this.get(caller);
  }
}
