/** Who a person is on the platform; every route states which roles may call it. */
export enum Role {
  Student = 'student',
  CompanyContact = 'company_contact',
  AcademicTutor = 'academic_tutor',
  ProgrammeManager = 'programme_manager',
  YearManager = 'year_manager',
  Admin = 'admin',
}
