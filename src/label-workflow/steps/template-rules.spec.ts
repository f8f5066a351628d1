import { InternshipParty } from '../internships/internship-party';
import { findCycle, TemplateStepInput, templateProblems } from './template-rules';

const step = (key: string, extra: Partial<TemplateStepInput> = {}): TemplateStepInput => ({
  key,
  phase: 'during',
  nameFr: key,
  nameEn: key,
  mandatory: true,
  performer: InternshipParty.Student,
  validators: [],
  evidence: 'form',
  prerequisites: [],
  reminderDaysBefore: [],
  confidential: false,
  graded: false,
  ...extra,
});
const decision = step('label_decision', { performer: InternshipParty.ProgrammeManager, prerequisites: ['a'] });
const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('workflow template rules', () => {
  it('accepts a well-formed template', () => {
    expect(templateProblems('manager_decision', [step('a'), step('b', { prerequisites: ['a'] }), decision])).toEqual(
      [],
    );
    expect(templateProblems('automatic', [step('a'), step('b', { mandatory: false })])).toEqual([]);
  });

  it('names a repeated key, an unknown or self prerequisite', () => {
    expect(fields(templateProblems('automatic', [step('a'), step('a')]))).toEqual(['steps.1.key']);
    expect(fields(templateProblems('automatic', [step('a', { prerequisites: ['zz'] })]))).toEqual([
      'steps.0.prerequisites',
    ]);
    expect(fields(templateProblems('automatic', [step('a', { prerequisites: ['a'] })]))).toContain(
      'steps.0.prerequisites',
    );
  });

  it('finds prerequisite cycles, even long ones', () => {
    const steps = [
      step('a', { prerequisites: ['c'] }),
      step('b', { prerequisites: ['a'] }),
      step('c', { prerequisites: ['b'] }),
    ];
    expect(findCycle(steps)).toEqual(['a', 'c', 'b', 'a']);
    const problems = templateProblems('automatic', steps);
    expect(problems).toEqual([{ field: 'steps.0.prerequisites', message: 'form a cycle: a → c → b → a' }]);
    expect(
      findCycle([step('a'), step('b', { prerequisites: ['a'] }), step('c', { prerequisites: ['a', 'b'] })]),
    ).toBeNull();
  });

  it('wants escalation and deadline fields together', () => {
    expect(fields(templateProblems('automatic', [step('a', { escalateAfterDays: 3 })]))).toEqual([
      'steps.0.escalateTo',
    ]);
    expect(fields(templateProblems('automatic', [step('a', { escalateTo: InternshipParty.YearManager })]))).toEqual([
      'steps.0.escalateTo',
    ]);
    expect(fields(templateProblems('automatic', [step('a', { deadlineAnchor: 'end' })]))).toEqual([
      'steps.0.deadlineOffsetDays',
    ]);
    expect(
      templateProblems('automatic', [
        step('a', {
          deadlineAnchor: 'end',
          deadlineOffsetDays: -3,
          escalateAfterDays: 2,
          escalateTo: InternshipParty.ProgrammeManager,
        }),
      ]),
    ).toEqual([]);
  });

  it('wants valid parties, once each, and a mandatory step', () => {
    const bad = step('a', { performer: 'dean' as InternshipParty, validators: ['x' as InternshipParty] });
    expect(fields(templateProblems('automatic', [bad]))).toEqual(['steps.0.performer', 'steps.0.validators']);
    const twice = step('a', { validators: [InternshipParty.AcademicTutor, InternshipParty.AcademicTutor] });
    expect(fields(templateProblems('automatic', [twice]))).toEqual(['steps.0.validators']);
    expect(fields(templateProblems('automatic', [step('a', { mandatory: false })]))).toEqual(['steps']);
  });

  it('keeps confidential evidence and grades where they belong', () => {
    const seen = step('a', { confidential: true, validators: [InternshipParty.CompanyTutor] });
    expect(fields(templateProblems('automatic', [seen]))).toEqual(['steps.0.validators']);
    expect(fields(templateProblems('automatic', [step('a', { graded: true, evidence: 'document' })]))).toEqual([
      'steps.0.graded',
    ]);
  });

  it('ties the label decision step to the label mode', () => {
    expect(fields(templateProblems('manager_decision', [step('a')]))).toEqual(['steps']);
    expect(fields(templateProblems('automatic', [step('a'), decision]))).toEqual(['steps.1.key']);
    const byStudent = { ...decision, performer: InternshipParty.Student };
    expect(fields(templateProblems('manager_decision', [step('a'), byStudent]))).toEqual(['steps.1.performer']);
  });
});
