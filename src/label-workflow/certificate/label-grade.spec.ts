import { InternshipParty } from '../internships/internship-party';
import { finalGrade, newLabelCode } from './label-grade';
import { newTurns, openTurns, StepState } from '../steps/step-turns';

describe('final grade and label code', () => {
  it('weighs the company tutor’s grade against the others', () => {
    const grades = [
      { performer: InternshipParty.CompanyTutor, grade: 16 },
      { performer: InternshipParty.AcademicTutor, grade: 14 },
    ];
    expect(finalGrade(grades, 0.4)).toBe(14.8);
    expect(finalGrade(grades, 1)).toBe(16);
    expect(finalGrade([grades[1]], 0.4)).toBe(14);
    expect(finalGrade([], 0.4)).toBeNull();
  });

  it('makes 12-character base32 codes that do not repeat', () => {
    const codes = new Set(Array.from({ length: 1000 }, newLabelCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{12}$/);
  });
});

describe('whose turn it is', () => {
  const state = (key: string, extra: Partial<StepState> = {}): StepState => ({
    key,
    performer: InternshipParty.Student,
    validators: [],
    prerequisites: [],
    status: 'todo',
    validatedBy: [],
    ...extra,
  });

  it('opens a step once its prerequisites are validated, and asks the pending validators', () => {
    const before = [
      state('a', { status: 'submitted', validators: [InternshipParty.CompanyTutor, InternshipParty.AcademicTutor] }),
      state('b', { prerequisites: ['a'] }),
    ];
    expect(openTurns(before)).toEqual([
      { stepKey: 'a', party: 'company_tutor', action: 'validate' },
      { stepKey: 'a', party: 'academic_tutor', action: 'validate' },
    ]);
    const half = [{ ...before[0], validatedBy: [InternshipParty.CompanyTutor] }, before[1]];
    expect(newTurns(openTurns(before), openTurns(half))).toEqual([]);
    const done = [{ ...before[0], status: 'validated' as const }, before[1]];
    expect(newTurns(openTurns(half), openTurns(done))).toEqual([{ stepKey: 'b', party: 'student', action: 'submit' }]);
  });
});
