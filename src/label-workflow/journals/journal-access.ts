import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { Internship } from '../internships/internship.entity';
import { InternshipPartiesService } from '../internships/internship-parties.service';
import { InternshipParty } from '../internships/internship-party';
import { JournalsError, JournalsException } from './journals.exception';

export interface OpenedJournal {
  internship: Internship;
  parts: InternshipParty[];
}

/**
 * Opens an internship's journal for a caller who plays a part in it: its student, its company tutor (the only
 * company contact who reads it), its academic tutor, its year and programme managers. Anyone else is told it
 * does not exist.
 */
@Injectable()
export class JournalAccess {
  constructor(private readonly parties: InternshipPartiesService) {}

  async open(manager: EntityManager, user: AuthUser, internshipId: string, lock = false): Promise<OpenedJournal> {
    const internship = await manager.getRepository(Internship).findOne({
      where: { id: internshipId },
      // Shared lock: entries and comments wait for a concurrent change of the internship (status, tutors).
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!internship) throw new JournalsException(JournalsError.NotFound);
    const parts = await this.parties.partsOf(manager, internship, user.id);
    if (parts.length === 0) throw new JournalsException(JournalsError.NotFound);
    return { internship, parts };
  }
}
