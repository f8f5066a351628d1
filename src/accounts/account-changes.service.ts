import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';
import { AuthUser } from '../common/auth/auth-user';
import { Programme } from '../organisations/programme.entity';
import { OrganisationsError, OrganisationsException } from '../organisations/organisations.exception';
import { AccountsError, AccountsException } from './accounts.exception';
import { UpdateSchoolingDto } from './dto/schooling.dto';
import { Role } from '../common/auth/role.enum';
import { SessionsService } from './sessions.service';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';

/**
 * Changes to a person that every one of their indexed profiles must follow: a student's programme and year,
 * an account disabled or enabled. Each writes the search outbox in the same transaction.
 */
@Injectable()
export class AccountChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profilesOutbox: ProfilesOutbox,
    private readonly sessions: SessionsService,
  ) {}

  async updateSchooling(caller: AuthUser, input: UpdateSchoolingDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await manager.getRepository(StudentProfile).findOneByOrFail({ userId: caller.id });
      if (input.programmeId && input.programmeId !== profile.programmeId) {
        const programme = await manager.getRepository(Programme).findOneBy({ id: input.programmeId });
        if (!programme) throw new OrganisationsException(OrganisationsError.ProgrammeNotFound);
        profile.programmeId = programme.id;
        // A new programme is a new claim: it waits for that programme's manager (offer targeting trusts no claim).
        profile.programmeConfirmedAt = null;
        profile.programmeConfirmedBy = null;
        await manager.getRepository(User).update(caller.id, { universityId: programme.universityId });
      }
      if (input.studyYear) profile.studyYear = input.studyYear;
      if (input.residenceCountry !== undefined) profile.residenceCountry = input.residenceCountry;
      await manager.getRepository(StudentProfile).save(profile);
      await this.profilesOutbox.studentsChanged(manager, [caller.id]);
    });
  }

  /** Disabling closes every session at once and takes the student's profiles out of the search. */
  async setDisabled(userId: string, disabled: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneBy({ id: userId });
      if (!user) throw new AccountsException(AccountsError.UserNotFound);
      await manager.getRepository(User).update(userId, { disabledAt: disabled ? new Date() : null });
      if (disabled) await this.sessions.revokeAll(manager, userId, 'disabled');
      if (user.role === Role.Student) await this.profilesOutbox.studentsChanged(manager, [userId]);
    });
  }
}
