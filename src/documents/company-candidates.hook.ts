/**
 * Whether a student applied to one of the offers of the company a contact belongs to: such a company may read that
 * student's CV even when no request of theirs is visible. The applications module will bind its own
 * implementation to this class; until it exists, nobody has applied to anything.
 */
export abstract class CompanyCandidatesHook {
  abstract studentAppliedToCompanyOf(companyContactId: string, studentId: string): Promise<boolean>;
}

export class NoApplicationsYet extends CompanyCandidatesHook {
  async studentAppliedToCompanyOf(): Promise<boolean> {
    return false;
  }
}
