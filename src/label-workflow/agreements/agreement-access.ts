import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { Internship } from '../internships/internship.entity';
import { InternshipPartiesService } from '../internships/internship-parties.service';
import { InternshipParty } from '../internships/internship-party';
import { AgreementsError, AgreementsException } from './agreements.exception';

/**
 * Finds the internship of an agreement the way a caller may reach it: its parties read it, its programme manager
 * (or an admin) acts on it. Anyone else is told it does not exist.
 */
@Injectable()
export class AgreementAccess {
  constructor(private readonly parties: InternshipPartiesService) {}

  async readable(manager: EntityManager, user: AuthUser, internshipId: string): Promise<Internship> {
    const internship = await manager.findOne(Internship, { where: { id: internshipId } });
    if (!internship) throw new AgreementsException(AgreementsError.NotFound);
    if (user.role === Role.Admin) return internship;
    const parts = await this.parties.partsOf(manager, internship, user.id);
    if (parts.length === 0) throw new AgreementsException(AgreementsError.NotFound);
    return internship;
  }

  /** Locks the internship for a change by its programme manager, inside `manager`'s transaction. */
  async lockManaged(manager: EntityManager, user: AuthUser, internshipId: string): Promise<Internship> {
    const internship = await manager.findOne(Internship, {
      where: { id: internshipId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!internship) throw new AgreementsException(AgreementsError.NotFound);
    if (user.role === Role.Admin) return internship;
    const parts = await this.parties.partsOf(manager, internship, user.id);
    if (parts.length === 0) throw new AgreementsException(AgreementsError.NotFound);
    if (!parts.includes(InternshipParty.ProgrammeManager)) throw new AgreementsException(AgreementsError.Forbidden);
    return internship;
  }
}
