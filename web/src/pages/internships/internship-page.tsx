import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { openDocument } from '../../api/documents';
import { useMe } from '../../auth/use-me';
import { FormMessage } from '../../components/field';
import { formatDate, formatNumber } from '../../i18n';
import { AgreementSection } from './agreement-section';
import { StepCard } from './step-card';

const PHASES = ['before', 'during', 'after'] as const;
/** Who may read the journal (the API's journal parties): not a host contact who is not the tutor, nor an admin. */
const JOURNAL_PARTS = ['student', 'company_tutor', 'academic_tutor', 'year_manager', 'programme_manager'];

/** /internships/:id — the dashboard of one internship, opened from the step e-mails. */
export function InternshipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const internship = useQuery({
    queryKey: ['internship', id],
    queryFn: () => call(api.GET('/internships/{id}', { params: { path: { id } } })),
  });
  if (internship.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (internship.error) return <FormMessage kind="error">{internship.error.message}</FormMessage>;
  const view = internship.data!;
  const manages = view.yourParts.includes('programme_manager') || me.data?.role === 'admin';
  const party = (p: string) => t(`academic.party.${p}`);

  return (
    <article className="internship" data-internship={view.id}>
      <p>
        <Link to="/internships">{t('academic.detail.back')}</Link>
      </p>
      <h1>
        {view.student.name}
        {view.title ? ` — ${view.title}` : ''}
      </h1>
      <p>
        <strong data-status={view.status}>{t(`academic.status.${view.status}`)}</strong>
        {view.yourParts.length > 0 && (
          <>
            {' '}
            — {t('academic.detail.yourParts')} : {view.yourParts.map(party).join(', ')}
          </>
        )}
      </p>
      {view.cancellation && (
        <FormMessage kind="error">
          {t('academic.detail.cancelled', { date: formatDate(view.cancellation.at), reason: view.cancellation.reason })}
        </FormMessage>
      )}

      <section className="card" aria-labelledby="parties-title">
        <h2 id="parties-title">{t('academic.detail.parties')}</h2>
        <dl className="facts">
          <dt>{t('academic.detail.company')}</dt>
          <dd>{view.company.name}</dd>
          <dt>{t('academic.detail.period')}</dt>
          <dd>
            {formatDate(view.startDate)} – {formatDate(view.endDate)}
          </dd>
          {view.programme && (
            <>
              <dt>{t('academic.detail.programme')}</dt>
              <dd>
                {view.programme.name}
                {view.studyYear ? ` (${view.studyYear})` : ''}
              </dd>
            </>
          )}
          {view.academicYear && (
            <>
              <dt>{t('academic.detail.academicYear')}</dt>
              <dd>{view.academicYear}</dd>
            </>
          )}
          <dt>{t('academic.detail.companyTutor')}</dt>
          <dd>{view.companyTutor?.name ?? t('academic.detail.nobody')}</dd>
          <dt>{t('academic.detail.academicTutor')}</dt>
          <dd>{view.academicTutor?.name ?? t('academic.detail.nobody')}</dd>
          <dt>{t('academic.detail.yearManagers')}</dt>
          <dd>{view.yearManagers.map((p) => p.name).join(', ') || t('academic.detail.nobody')}</dd>
          <dt>{t('academic.detail.programmeManager')}</dt>
          <dd>{view.programmeManager?.name ?? t('academic.detail.nobody')}</dd>
          {view.template && (
            <>
              <dt>{t('academic.detail.template')}</dt>
              <dd>
                {view.template.name} (v{view.template.version})
              </dd>
            </>
          )}
          {view.finalGrade !== null && (
            <>
              <dt>{t('academic.detail.finalGrade')}</dt>
              <dd>{formatNumber(view.finalGrade)} / 20</dd>
            </>
          )}
        </dl>
        {view.description && <p className="pre">{view.description}</p>}
        {view.yourParts.some((p) => JOURNAL_PARTS.includes(p)) && view.status !== 'setup' && (
          <p>
            <Link to={`/internships/${view.id}/journal`}>{t('academic.detail.journal')}</Link>
          </p>
        )}
      </section>

      <LabelSection internship={view} />
      {view.status !== 'setup' && <AgreementSection internship={view} manages={manages} />}

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('academic.steps.title')}</h2>
        {PHASES.map(
          (phase) =>
            view.phases[phase].length > 0 && (
              <section key={phase} aria-labelledby={`phase-${phase}`}>
                <h3 id={`phase-${phase}`}>{t(`academic.steps.phase.${phase}`)}</h3>
                <ol className="cards steps">
                  {view.phases[phase].map((step) => (
                    <StepCard key={step.key} internship={view} step={step} />
                  ))}
                </ol>
              </section>
            ),
        )}
      </section>
    </article>
  );
}

/** Once granted: the code, its public verification page and the certificate. */
function LabelSection({ internship }: { internship: Schemas['InternshipView'] }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  if (!internship.label) return null;
  const { code, grantedAt } = internship.label;
  return (
    <section className="card certificate" aria-labelledby="label-title" data-label={code}>
      <h2 id="label-title">{t('academic.label.title')}</h2>
      <p className="badge-ok">{t('academic.label.grantedOn', { date: formatDate(grantedAt) })}</p>
      <p>
        {t('academic.label.code')} : <strong data-label-code>{code}</strong>
      </p>
      <p className="actions">
        <Link to={`/labels/${encodeURIComponent(code)}`}>{t('academic.label.verify', { code })}</Link>
        <button
          type="button"
          onClick={() =>
            openDocument(`/api/internships/${internship.id}/label/certificate`).catch(() => setError(t('app.error')))
          }
        >
          {t('academic.label.certificate')}
        </button>
      </p>
      {error && <FormMessage kind="error">{error}</FormMessage>}
    </section>
  );
}
