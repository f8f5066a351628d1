import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useMyDocuments } from './my-documents';
import { TextArea } from './text-area';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate } from '../../i18n';

type Step = Schemas['StepView'];
type Internship = Schemas['InternshipView'];

/** One step of the label workflow: where it stands, who acts, and the actions the API offers the caller on it. */
export function StepCard({ internship, step }: { internship: Internship; step: Step }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const party = (p: string) => t(`academic.party.${p}`);
  return (
    <li
      className={`card step step-${step.status}`}
      data-step={step.key}
      data-step-status={step.status}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className="card-title">
        {i18n.language === 'en' ? step.nameEn : step.nameFr}
        {step.actions.length > 0 && <span className="badge-turn"> — {t('academic.steps.yourTurn')}</span>}
      </h4>
      <p>
        <strong className={`status status-${step.status}`}>{t(`academic.steps.status.${step.status}`)}</strong>
        {step.overdue && <strong className="late"> — {t('academic.steps.overdue')}</strong>}
        {step.status === 'todo' && !step.available && (
          <span className="muted"> — {t('academic.steps.notAvailable')}</span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('academic.steps.performer')}</dt>
        <dd>{party(step.performer)}</dd>
        <dt>{t('academic.steps.validators')}</dt>
        <dd>{step.validators.length ? step.validators.map(party).join(', ') : t('academic.steps.nobody')}</dd>
        {step.dueOn && (
          <>
            <dt>{t('academic.steps.due')}</dt>
            <dd>{formatDate(step.dueOn)}</dd>
          </>
        )}
      </dl>
      {step.pendingValidators.length > 0 && (
        <p>{t('academic.steps.pending', { parties: step.pendingValidators.map(party).join(', ') })}</p>
      )}
      {step.evidenceHidden && <p className="muted">{t('academic.steps.hidden')}</p>}
      {step.evidence && <Evidence evidence={step.evidence} />}
      {step.validations.length > 0 && (
        <ul className="validations">
          {step.validations.map((v) => (
            <li key={v.role}>
              {t('academic.steps.validation', { party: party(v.role), name: v.by ?? '—', date: formatDate(v.at) })}
              {v.comment && <blockquote className="comment">{v.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      {step.actions.includes('submit') && <SubmitForm internship={internship} step={step} />}
      {step.actions.includes('validate') && <ValidateForm internship={internship} step={step} />}
    </li>
  );
}

/** What was handed in, as written (plain text only: never rendered as HTML). */
function Evidence({ evidence }: { evidence: Record<string, unknown> }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('academic.steps.evidence')}</summary>
      <dl className="facts">
        {Object.entries(evidence).map(([key, value]) => (
          <div key={key} className="fact">
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function useStepAction(internship: Internship) {
  const queryClient = useQueryClient();
  // Every step route answers the internship's new dashboard: show it at once, and refresh the lists.
  return (view: Internship) => {
    queryClient.setQueryData(['internship', internship.id], view);
    void queryClient.invalidateQueries({ queryKey: ['internships'] });
    void queryClient.invalidateQueries({ queryKey: ['agreement', internship.id] });
  };
}

function SubmitForm({ internship, step }: { internship: Internship; step: Step }) {
  const { t } = useTranslation();
  const done = useStepAction(internship);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  const [comment, setComment] = useState('');
  const [grade, setGrade] = useState('');
  const [decision, setDecision] = useState<'grant' | 'refuse'>('grant');
  const [reason, setReason] = useState('');
  const [documentId, setDocumentId] = useState('');
  const isDecision = step.key === 'label_decision';
  // A document step's evidence is one of the student's own uploads, picked by name rather than typed as an id.
  const isDocument = step.evidenceKind === 'document';
  const documents = useMyDocuments(isDocument);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const body: Schemas['SubmitStepDto'] = isDocument
        ? { evidence: { documentId } }
        : { evidence: comment.trim() ? { comment: comment.trim() } : {} };
      if (step.graded && grade !== '') body.grade = Number(grade.replace(',', '.'));
      if (isDecision) {
        body.decision = decision;
        if (decision === 'refuse') body.reason = reason;
      }
      done(
        await call(
          api.POST('/internships/{id}/steps/{key}/submit', {
            params: { path: { id: internship.id, key: step.key } },
            body,
          }),
        ),
      );
    });
  }

  return (
    <form onSubmit={onSubmit} className="step-form" noValidate>
      {isDecision && (
        <fieldset>
          <legend>{t('academic.steps.decision')}</legend>
          {(['grant', 'refuse'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`decision-${step.key}`}
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
              />{' '}
              {t(`academic.steps.${value}`)}
            </label>
          ))}
          {fieldErrors.decision && (
            <p className="field-error" role="alert">
              {fieldErrors.decision}
            </p>
          )}
        </fieldset>
      )}
      {isDecision && decision === 'refuse' && (
        <TextArea
          label={t('academic.steps.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldErrors.reason}
          required
        />
      )}
      {step.graded && (
        <TextField
          label={t('academic.steps.grade')}
          inputMode="decimal"
          value={grade}
          onChange={(e) => setGrade(e.target.value)}
          error={fieldErrors.grade}
        />
      )}
      {isDocument ? (
        <>
          <SelectField
            label={t('academic.steps.document')}
            value={documentId}
            onChange={(e) => setDocumentId(e.target.value)}
            error={fieldErrors['evidence.documentId'] ?? fieldErrors.evidence}
          >
            <option value="">{t('academic.steps.chooseDocument')}</option>
            {(documents.data ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.fileName}
              </option>
            ))}
          </SelectField>
          {documents.data?.length === 0 && <p className="muted">{t('academic.steps.noDocument')}</p>}
        </>
      ) : (
        <TextArea
          label={t('academic.steps.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={fieldErrors.evidence}
        />
      )}
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      <button type="submit" disabled={busy}>
        {isDecision ? t('academic.steps.saveDecision') : t('academic.steps.submit')}
      </button>
    </form>
  );
}

function ValidateForm({ internship, step }: { internship: Internship; step: Step }) {
  const { t } = useTranslation();
  const done = useStepAction(internship);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  const [comment, setComment] = useState('');
  const path = { id: internship.id, key: step.key };

  const validate = () =>
    submit(async () => {
      const body = comment.trim() ? { comment: comment.trim() } : {};
      done(await call(api.POST('/internships/{id}/steps/{key}/validate', { params: { path }, body })));
    });
  // The comment goes as typed: the API says when it is missing, next to the field.
  const sendBack = () =>
    submit(async () => {
      done(await call(api.POST('/internships/{id}/steps/{key}/return', { params: { path }, body: { comment } })));
    });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void validate();
      }}
      className="step-form"
      noValidate
    >
      <TextArea
        label={t('academic.steps.validationComment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={fieldErrors.comment}
      />
      {formError && !fieldErrors.comment && <FormMessage kind="error">{formError}</FormMessage>}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('academic.steps.validate')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void sendBack()}>
          {t('academic.steps.sendBack')}
        </button>
      </div>
    </form>
  );
}
