import { EntityManager } from 'typeorm';
import { InvalidParam } from '../../common/errors/problem-details';
import { SubmitStepDto } from '../internships/dto/internship.dto';
import { InternshipsError, InternshipsException } from '../internships/internships.exception';
import { LABEL_DECISION_STEP } from './template-rules';
import { WorkflowTemplateStep } from './workflow-template-step.entity';

const MAX_FORM_CHARS = 50_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The evidence to store for a submission, checked against the step's kind; 400 naming the field otherwise. */
export async function checkedEvidence(
  manager: EntityManager,
  step: WorkflowTemplateStep,
  dto: SubmitStepDto,
  submitterId: string,
): Promise<Record<string, unknown>> {
  const problems: InvalidParam[] = [];
  const fail = (field: string, message: string, code?: string) =>
    problems.push({ field, message, ...(code ? { code } : {}) });
  const evidence = dto.evidence;
  let stored: Record<string, unknown> = {};
  switch (step.evidence) {
    case 'form':
      if (!evidence) fail('evidence', 'a form step needs its answers as a JSON object');
      else if (JSON.stringify(evidence).length > MAX_FORM_CHARS)
        fail('evidence', `must stay under ${MAX_FORM_CHARS} characters as JSON`);
      else stored = { ...evidence };
      break;
    case 'document': {
      const documentId = evidence?.documentId;
      const owned =
        typeof documentId === 'string' &&
        UUID.test(documentId) &&
        (
          (await manager.query('SELECT 1 FROM documents WHERE id = $1 AND owner_id = $2', [
            documentId,
            submitterId,
          ])) as unknown[]
        ).length > 0;
      if (!owned) fail('evidence.documentId', 'must be the id of one of your documents', 'isOwnDocument');
      else stored = { documentId };
      break;
    }
    case 'none':
      if (evidence && Object.keys(evidence).length > 0) fail('evidence', 'this step takes no evidence');
      break;
    case 'signature':
      // The agreements module completes signature steps once every party has signed.
      throw new InternshipsException(InternshipsError.SystemStep);
    default: {
      const unhandled: never = step.evidence;
      throw new Error(`no rule for evidence ${String(unhandled)}`);
    }
  }
  if (step.graded) {
    if (dto.grade === undefined) fail('grade', 'this step needs a grade from 0 to 20');
    else stored.grade = dto.grade;
  } else if (dto.grade !== undefined) fail('grade', 'this step takes no grade');
  if (step.key === LABEL_DECISION_STEP) {
    if (!dto.decision) fail('decision', 'grant or refuse');
    else if (dto.decision === 'refuse' && !dto.reason?.trim()) fail('reason', 'a refusal needs its reason');
    else
      Object.assign(stored, { decision: dto.decision, ...(dto.reason?.trim() ? { reason: dto.reason.trim() } : {}) });
  } else {
    if (dto.decision !== undefined) fail('decision', 'only the label decision takes a decision');
    if (dto.reason !== undefined) fail('reason', 'only the label decision takes a reason');
  }
  if (problems.length > 0) throw InternshipsException.invalid(InternshipsError.InvalidInput, problems);
  return stored;
}
