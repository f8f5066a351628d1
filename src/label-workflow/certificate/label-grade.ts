import { randomBytes } from 'node:crypto';
import { InternshipParty } from '../internships/internship-party';

/** A graded step's grade, with who performed it (the company tutor's grade has its own weight). */
export interface Grade {
  performer: InternshipParty;
  grade: number;
}

/**
 * The final grade: the company tutor's grade × weight + the other grades × (1 − weight), each side the mean of its
 * grades; a side without grades leaves the other alone. Rounded to two decimals; null without any grade.
 */
export function finalGrade(grades: Grade[], companyWeight: number): number | null {
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
  const company = mean(grades.filter((g) => g.performer === InternshipParty.CompanyTutor).map((g) => g.grade));
  const academic = mean(grades.filter((g) => g.performer !== InternshipParty.CompanyTutor).map((g) => g.grade));
  if (company === null && academic === null) return null;
  const value =
    company === null
      ? academic!
      : academic === null
        ? company
        : company * companyWeight + academic * (1 - companyWeight);
  return Math.round(value * 100) / 100;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A label verification code: 12 base32 characters (60 random bits), unguessable and easy to type. */
export function newLabelCode(): string {
  const bytes = randomBytes(12);
  return Array.from(bytes, (byte) => BASE32[byte & 31]).join('');
}
