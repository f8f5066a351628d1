import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StudentProfile } from '../../users/student-profile.entity';
import { Internship } from './internship.entity';
import { InternshipAudit } from './internship-audit';
import { InternshipStatus } from './internship-party';

export interface SelectionFacts {
  applicationId: string;
  offerId: string;
  studentId: string;
  companyId: string;
  /** The offer's start date (`YYYY-MM-DD`) and duration. */
  startDate: string;
  durationWeeks: number;
  selectedBy: string;
}

/** Creates internship records; the label workflow builds on them. */
@Injectable()
export class InternshipRecordsService {
  constructor(private readonly audit: InternshipAudit) {}

  /**
   * The internship a selection starts, in the selection's transaction. One per application. The sheet starts from
   * what is known: the offer's dates and title, the student's programme and year, the academic year of the start.
   */
  async createFromSelection(manager: EntityManager, facts: SelectionFacts): Promise<Internship> {
    const profile = await manager.findOneBy(StudentProfile, { userId: facts.studentId });
    const [offer] = (await manager.query('SELECT title, mission FROM offers WHERE id = $1', [facts.offerId])) as Array<{
      title: string;
      mission: string;
    }>;
    const internship = await manager.save(
      manager.create(Internship, {
        applicationId: facts.applicationId,
        offerId: facts.offerId,
        studentId: facts.studentId,
        companyId: facts.companyId,
        startDate: facts.startDate,
        endDate: endOf(facts.startDate, facts.durationWeeks),
        status: InternshipStatus.Setup,
        programmeId: profile?.programmeId ?? null,
        studyYear: profile?.studyYear ?? null,
        academicYear: academicYearOf(facts.startDate),
        title: offer?.title ?? null,
        description: offer?.mission ?? '',
        createdBy: facts.selectedBy,
      }),
    );
    await this.audit.record(manager, {
      internshipId: internship.id,
      action: 'created',
      source: 'api',
      actorId: facts.selectedBy,
      details: { applicationId: facts.applicationId, offerId: facts.offerId },
    });
    return internship;
  }
}

/** The last day of an internship of `weeks` weeks starting on `start` (`YYYY-MM-DD`, calendar days, UTC). */
export function endOf(start: string, weeks: number): string {
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + weeks * 7 - 1);
  return end.toISOString().slice(0, 10);
}

/** The academic year a day falls in: September to August, `2026-2027`. */
export function academicYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}
