import { InternshipParty } from '../internships/internship-party';
import { StepStatus } from './internship-step.entity';

/** Whose turn it is on one step: the performer to submit, or a validator to validate. */
export interface Turn {
  stepKey: string;
  party: InternshipParty;
  action: 'submit' | 'validate';
}

export interface StepState {
  key: string;
  performer: InternshipParty;
  validators: InternshipParty[];
  prerequisites: string[];
  status: StepStatus;
  /** The parties that already validated it. */
  validatedBy: InternshipParty[];
}

/** Every open turn: todo steps whose prerequisites are validated, and submitted steps' pending validators. */
export function openTurns(steps: StepState[], excluded: ReadonlySet<string> = new Set()): Turn[] {
  const validated = new Set(steps.filter((s) => s.status === 'validated').map((s) => s.key));
  return steps.flatMap((step): Turn[] => {
    if (excluded.has(step.key)) return [];
    if (step.status === 'todo') {
      return step.prerequisites.every((key) => validated.has(key))
        ? [{ stepKey: step.key, party: step.performer, action: 'submit' }]
        : [];
    }
    if (step.status === 'submitted') {
      return step.validators
        .filter((party) => !step.validatedBy.includes(party))
        .map((party) => ({ stepKey: step.key, party, action: 'validate' as const }));
    }
    return [];
  });
}

/** The turns in `after` that were not open in `before`: who must now be told. */
export function newTurns(before: Turn[], after: Turn[]): Turn[] {
  const id = (t: Turn) => `${t.stepKey}/${t.party}/${t.action}`;
  const seen = new Set(before.map(id));
  return after.filter((turn) => !seen.has(id(turn)));
}

/** Prerequisites of a step that are not validated yet. */
export function missingPrerequisites(step: Pick<StepState, 'prerequisites'>, steps: StepState[]): string[] {
  const validated = new Set(steps.filter((s) => s.status === 'validated').map((s) => s.key));
  return step.prerequisites.filter((key) => !validated.has(key));
}
