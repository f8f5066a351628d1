import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatNumber } from '../../i18n';
import { TextArea } from '../internships/text-area';
import { useMyProgrammes } from './my-programmes';

/** One procedure version with its steps; a programme manager writes the next version of their programme from it. */
export function TemplatePage({ universityId, meId }: { universityId: string | null; meId: string }) {
  const { t, i18n } = useTranslation();
  const { templateId = '' } = useParams();
  const template = useQuery({
    queryKey: ['workflow-template', templateId],
    queryFn: () => call(api.GET('/workflow-templates/{id}', { params: { path: { id: templateId } } })),
  });
  const party = (p: string) => t(`academic.party.${p}`);
  if (template.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (template.error) return <FormMessage kind="error">{template.error.message}</FormMessage>;
  const tpl = template.data!;
  return (
    <section>
      <p>
        <Link to="/academic/templates">{t('academic.templates.back')}</Link>
      </p>
      <h1>
        {tpl.name} — {t('academic.templates.version', { version: tpl.version })}
      </h1>
      <p>
        {tpl.programmeName ?? t('academic.templates.default')} — {t(`academic.templates.labelMode.${tpl.labelMode}`)} —{' '}
        {t('academic.templates.companyGradeWeight')} : {formatNumber(tpl.companyGradeWeight)}
      </p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{tpl.name}</caption>
          <thead>
            <tr>
              <th scope="col">{t('academic.templates.step')}</th>
              <th scope="col">{t('academic.steps.performer')}</th>
              <th scope="col">{t('academic.steps.validators')}</th>
              <th scope="col">{t('academic.templates.deadline')}</th>
              <th scope="col">{t('academic.templates.prerequisites')}</th>
            </tr>
          </thead>
          <tbody>
            {tpl.steps.map((s) => (
              <tr key={s.key} data-template-step={s.key}>
                <th scope="row">
                  {i18n.language === 'en' ? s.nameEn : s.nameFr}
                  <span className="muted">
                    {' '}
                    (
                    {[
                      s.mandatory && t('academic.steps.mandatory'),
                      s.confidential && t('academic.templates.confidential'),
                      s.graded && t('academic.templates.graded'),
                    ]
                      .filter(Boolean)
                      .join(', ') || s.key}
                    )
                  </span>
                </th>
                <td>{party(s.performer)}</td>
                <td>{s.validators.map(party).join(', ') || '—'}</td>
                <td>
                  {s.deadlineAnchor
                    ? t('academic.templates.deadlineValue', {
                        anchor: t(`academic.templates.anchor.${s.deadlineAnchor}`),
                        offset: signed(Number(s.deadlineOffsetDays ?? 0)),
                      })
                    : '—'}
                </td>
                <td>{s.prerequisites.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewVersionForm template={tpl} universityId={universityId} meId={meId} />
    </section>
  );
}

/** Days from the anchor date, with their sign: "+ 30", "− 21". */
const signed = (days: number) => `${days < 0 ? '−' : '+'} ${formatNumber(Math.abs(days))}`;

/** The next version, written whole: name, label mode, grade weight and the steps (JSON, starting from this version). */
function NewVersionForm({
  template,
  universityId,
  meId,
}: {
  template: Schemas['WorkflowTemplateDetailView'];
  universityId: string | null;
  meId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programmes = useMyProgrammes(universityId, meId);
  const [programmeId, setProgrammeId] = useState('');
  const [name, setName] = useState(template.name);
  const [labelMode, setLabelMode] = useState(template.labelMode);
  const [weight, setWeight] = useState(String(template.companyGradeWeight));
  const [steps, setSteps] = useState(() =>
    JSON.stringify(
      template.steps.map(({ position: _position, ...step }) => step),
      null,
      2,
    ),
  );
  const [created, setCreated] = useState<number | null>(null);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  useEffect(() => {
    if (!programmeId && programmes.data?.length)
      setProgrammeId(
        template.programmeId && programmes.data.some((p) => p.id === template.programmeId)
          ? template.programmeId
          : programmes.data[0].id,
      );
  }, [programmes.data, programmeId, template.programmeId]);
  const [jsonError, setJsonError] = useState<string | undefined>();
  const stepErrors = Object.entries(fieldErrors)
    .filter(([field]) => field.startsWith('steps'))
    .map(([field, message]) => `${field} : ${message}`)
    .join(' ; ');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setJsonError(undefined);
    let parsed: Schemas['TemplateStepDto'][];
    try {
      parsed = JSON.parse(steps);
    } catch {
      setJsonError(t('academic.templates.badJson'));
      return;
    }
    void submit(async () => {
      const body = { name, labelMode, companyGradeWeight: Number(weight.replace(',', '.')), steps: parsed };
      const version = await call(
        api.POST('/programmes/{programmeId}/workflow-templates', { params: { path: { programmeId } }, body }),
      );
      setCreated(version.version);
      await queryClient.invalidateQueries({ queryKey: ['workflow-templates'] });
      navigate(`/academic/templates/${version.id}`);
    });
  }

  if (!programmes.data?.length) return null;
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-labelledby="new-version-title">
      <h2 id="new-version-title">{t('academic.templates.newVersion')}</h2>
      <SelectField
        label={t('academic.templates.programme')}
        value={programmeId}
        onChange={(e) => setProgrammeId(e.target.value)}
      >
        {programmes.data.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('academic.templates.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldErrors.name}
        required
      />
      <SelectField
        label={t('academic.templates.mode')}
        value={labelMode}
        onChange={(e) => setLabelMode(e.target.value as typeof labelMode)}
        error={fieldErrors.labelMode}
      >
        <option value="manager_decision">{t('academic.templates.labelMode.manager_decision')}</option>
        <option value="automatic">{t('academic.templates.labelMode.automatic')}</option>
      </SelectField>
      <TextField
        label={t('academic.templates.companyGradeWeight')}
        inputMode="decimal"
        value={weight}
        onChange={(e) => setWeight(e.target.value)}
        error={fieldErrors.companyGradeWeight}
      />
      <TextArea
        label={t('academic.templates.stepsJson')}
        className="code"
        rows={14}
        value={steps}
        onChange={(e) => setSteps(e.target.value)}
        error={jsonError ?? (stepErrors || undefined)}
        spellCheck={false}
      />
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      {created && <FormMessage kind="ok">{t('academic.templates.created', { version: created })}</FormMessage>}
      <button type="submit" disabled={busy || !programmeId}>
        {t('academic.templates.create')}
      </button>
    </form>
  );
}
