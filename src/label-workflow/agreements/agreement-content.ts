/**
 * What an agreement shows, as a snapshot taken when a version is issued: the PDF is rendered from it and an
 * amendment starts from the previous version's snapshot, so nothing is retyped and later edits elsewhere never
 * change a version already sent. Names only: no e-mail address or phone number is ever part of it.
 */
export interface AgreementContent {
  title: string;
  description: string;
  /** `YYYY-MM-DD`. */
  startDate: string | null;
  endDate: string | null;
  academicYear: string | null;
  internshipType: string | null;
  student: { name: string; studyYear: number | null };
  university: { name: string; city: string; country: string };
  programme: { name: string; managerName: string | null };
  company: { name: string; city: string; country: string; address: string | null; registrationNumber: string | null };
  companyTutor: AgreementTutor | null;
  academicTutor: AgreementTutor | null;
  allowance: { amount: number; currency: string; period: 'month' | 'week' | 'total' } | null;
}

export interface AgreementTutor {
  id: string;
  name: string;
  jobTitle: string | null;
}

/** What an amendment may change ("sans ressaisir le reste"). */
export interface AgreementAmendment {
  startDate?: string;
  endDate?: string;
  companyTutor?: AgreementTutor;
  academicTutor?: AgreementTutor;
}

export type AgreementChangeField = 'startDate' | 'endDate' | 'companyTutor' | 'academicTutor';

/** Each changed field, as printed: dates `YYYY-MM-DD`, tutors by name. */
export type AgreementChanges = Partial<Record<AgreementChangeField, { before: string | null; after: string | null }>>;

/** The next version's content and the list of what actually changed (fields given with their current value are not changes). */
export function amend(
  previous: AgreementContent,
  amendment: AgreementAmendment,
): {
  content: AgreementContent;
  changes: AgreementChanges;
} {
  const content: AgreementContent = { ...previous };
  const changes: AgreementChanges = {};
  for (const field of ['startDate', 'endDate'] as const) {
    const after = amendment[field];
    if (after !== undefined && after !== previous[field]) {
      changes[field] = { before: previous[field], after };
      content[field] = after;
    }
  }
  for (const field of ['companyTutor', 'academicTutor'] as const) {
    const after = amendment[field];
    if (after !== undefined && after.id !== previous[field]?.id) {
      changes[field] = { before: previous[field]?.name ?? null, after: after.name };
      content[field] = after;
    }
  }
  return { content, changes };
}

/** The internship columns a fully signed amendment sets. */
export function internshipUpdateOf(
  content: AgreementContent,
  changes: AgreementChanges,
): Partial<Record<'startDate' | 'endDate' | 'companyTutorId' | 'academicTutorId', string | null>> {
  const update: Partial<Record<'startDate' | 'endDate' | 'companyTutorId' | 'academicTutorId', string | null>> = {};
  if (changes.startDate) update.startDate = content.startDate;
  if (changes.endDate) update.endDate = content.endDate;
  if (changes.companyTutor) update.companyTutorId = content.companyTutor?.id ?? null;
  if (changes.academicTutor) update.academicTutorId = content.academicTutor?.id ?? null;
  return update;
}

/** `2027-02-01` → `01/02/2027` (the agreement is French first). */
export function frenchDate(date: string | null): string {
  if (!date) return 'à définir';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
