import { InvalidParam } from '../../common/errors/problem-details';
import { InternshipParty } from '../internships/internship-party';
import { LabelMode } from './workflow-template.entity';
import { StepEvidence, StepPhase } from './workflow-template-step.entity';

/** The step the programme manager performs to grant (or refuse) the label, in `manager_decision` templates. */
export const LABEL_DECISION_STEP = 'label_decision';

/** A step as a template is written: the shape the DTO already checked (types, enums, ranges). */
export interface TemplateStepInput {
  key: string;
  phase: StepPhase;
  nameFr: string;
  nameEn: string;
  mandatory: boolean;
  performer: InternshipParty;
  validators: InternshipParty[];
  evidence: StepEvidence;
  prerequisites: string[];
  deadlineAnchor?: 'start' | 'end' | null;
  deadlineOffsetDays?: number | null;
  reminderDaysBefore: number[];
  escalateAfterDays?: number | null;
  escalateTo?: InternshipParty.YearManager | InternshipParty.ProgrammeManager | null;
  confidential: boolean;
  graded: boolean;
}

const parties = new Set<string>(Object.values(InternshipParty));

/** The rules across fields and steps that a DTO cannot state; each problem names its field. */
export function templateProblems(labelMode: LabelMode, steps: TemplateStepInput[]): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const at = (i: number, field: string, message: string) => problems.push({ field: `steps.${i}.${field}`, message });
  if (!steps.some((step) => step.mandatory))
    problems.push({ field: 'steps', message: 'must hold at least one mandatory step' });

  const firstIndex = new Map<string, number>();
  steps.forEach((step, i) => {
    if (firstIndex.has(step.key)) at(i, 'key', `"${step.key}" is already the key of steps.${firstIndex.get(step.key)}`);
    else firstIndex.set(step.key, i);
  });

  steps.forEach((step, i) => {
    if (!parties.has(step.performer)) at(i, 'performer', `must be one of ${[...parties].join(', ')}`);
    const badValidators = step.validators.filter((v) => !parties.has(v));
    if (badValidators.length > 0) at(i, 'validators', `unknown parties: ${badValidators.join(', ')}`);
    if (new Set(step.validators).size !== step.validators.length) at(i, 'validators', 'must not repeat a party');
    const unknown = step.prerequisites.filter((key) => !firstIndex.has(key));
    if (unknown.length > 0) at(i, 'prerequisites', `name no step of this template: ${unknown.join(', ')}`);
    if (step.prerequisites.includes(step.key)) at(i, 'prerequisites', 'must not name the step itself');
    if (((step.deadlineAnchor ?? null) === null) !== ((step.deadlineOffsetDays ?? null) === null)) {
      at(i, 'deadlineOffsetDays', 'deadlineAnchor and deadlineOffsetDays go together');
    }
    if (((step.escalateAfterDays ?? null) === null) !== ((step.escalateTo ?? null) === null)) {
      at(i, 'escalateTo', 'escalateAfterDays and escalateTo go together');
    }
    if (step.graded && step.evidence !== 'form') at(i, 'graded', 'only a form step carries a grade');
    // A validator who may not read the evidence could only approve it blind.
    if (step.confidential && step.validators.some((v) => v !== InternshipParty.ProgrammeManager)) {
      at(i, 'validators', 'a confidential step is validated by the programme manager alone');
    }
  });

  const cycle = findCycle(steps);
  if (cycle) at(firstIndex.get(cycle[0]) ?? 0, 'prerequisites', `form a cycle: ${cycle.join(' → ')}`);

  const decisionIndex = steps.findIndex((step) => step.key === LABEL_DECISION_STEP);
  if (labelMode === 'manager_decision') {
    if (decisionIndex < 0) {
      problems.push({ field: 'steps', message: `a manager_decision template needs a "${LABEL_DECISION_STEP}" step` });
    } else {
      const decision = steps[decisionIndex];
      if (decision.performer !== InternshipParty.ProgrammeManager || decision.validators.length > 0) {
        at(decisionIndex, 'performer', 'the label decision is performed by the programme manager, with no validator');
      }
      if (decision.evidence !== 'form') at(decisionIndex, 'evidence', 'the label decision is a form');
    }
  } else if (decisionIndex >= 0) {
    at(
      decisionIndex,
      'key',
      `an automatic template has no "${LABEL_DECISION_STEP}" step (set labelMode to manager_decision)`,
    );
  }
  return problems;
}

/** A cycle of prerequisites as keys (first key repeated at the end), or null. Unknown keys are ignored. */
export function findCycle(steps: Array<Pick<TemplateStepInput, 'key' | 'prerequisites'>>): string[] | null {
  const prerequisites = new Map(steps.map((step) => [step.key, step.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    path.push(key);
    for (const next of prerequisites.get(key) ?? []) {
      if (!prerequisites.has(next)) continue;
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const step of steps) {
    const found = visit(step.key);
    if (found) return found;
  }
  return null;
}
