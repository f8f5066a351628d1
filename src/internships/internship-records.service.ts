import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Internship } from './internship.entity';
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
  /** The internship a selection starts, in the selection's transaction. One per application. */
  async createFromSelection(manager: EntityManager, facts: SelectionFacts): Promise<Internship> {
    return manager.save(
      manager.create(Internship, {
        applicationId: facts.applicationId,
        offerId: facts.offerId,
        studentId: facts.studentId,
        companyId: facts.companyId,
        startDate: facts.startDate,
        endDate: endOf(facts.startDate, facts.durationWeeks),
        status: InternshipStatus.Setup,
        createdBy: facts.selectedBy,
      }),
    );
  }
}

/** The last day of an internship of `weeks` weeks starting on `start` (`YYYY-MM-DD`, calendar days, UTC). */
export function endOf(start: string, weeks: number): string {
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + weeks * 7 - 1);
  return end.toISOString().slice(0, 10);
}
