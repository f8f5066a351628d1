/** The parts people play in one internship; a template's steps name who performs and who validates by these. */
export enum InternshipParty {
  Student = 'student',
  CompanyTutor = 'company_tutor',
  AcademicTutor = 'academic_tutor',
  YearManager = 'year_manager',
  ProgrammeManager = 'programme_manager',
}

export enum InternshipStatus {
  /** Created (by a selection or by the programme manager); programme, tutors or template may still be missing. */
  Setup = 'setup',
  /** The workflow runs: steps were instantiated from the template version. */
  InProgress = 'in_progress',
  /** Every mandatory step validated; the label awaits the programme manager's decision. */
  Completed = 'completed',
  Labelled = 'labelled',
  Cancelled = 'cancelled',
}
