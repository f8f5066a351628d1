/** Who signs an agreement: the student, the host company (its tutor or a contact), the university. */
export enum AgreementParty {
  Student = 'student',
  Company = 'company',
  University = 'university',
}

export const AGREEMENT_PARTIES: readonly AgreementParty[] = [
  AgreementParty.Student,
  AgreementParty.Company,
  AgreementParty.University,
];

export type AgreementKind = 'original' | 'amendment';
export type AgreementStatus = 'pending' | 'signed';
export type AgreementCompletion = 'signatures' | 'scan';

/** The step of the label workflow that a fully signed original agreement completes. */
export const AGREEMENT_STEP = 'agreement';
