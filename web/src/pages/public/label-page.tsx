import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { formatDate } from '../../i18n';

/** Public check of a label code; the certificate's verification link opens /labels/CODE. */
export function LabelPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const label = useQuery({
    queryKey: ['label', code],
    enabled: Boolean(code),
    queryFn: () => call(api.GET('/labels/{code}', { params: { path: { code: code! } } })),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim()) navigate(`/labels/${encodeURIComponent(typed.trim())}`);
  }
  const notFound = label.error instanceof ApiError && label.error.status === 404;
  return (
    <section className="card narrow">
      <h1>{t('label.title')}</h1>
      <form onSubmit={onSubmit} className="inline-form">
        <TextField
          label={t('label.code')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoCapitalize="characters"
        />
        <button type="submit">{t('label.submit')}</button>
      </form>
      {label.isLoading && <p role="status">{t('app.loading')}</p>}
      {notFound && <FormMessage kind="error">{t('label.notFound')}</FormMessage>}
      {label.error && !notFound && <FormMessage kind="error">{label.error.message}</FormMessage>}
      {label.data && (
        <div className="certificate" aria-live="polite">
          <p className="badge-ok">
            {t('label.valid')} — {label.data.code}
          </p>
          <dl>
            <dt>{t('label.student')}</dt>
            <dd>{label.data.studentName || t('personalData.anonymisedHolder')}</dd>
            <dt>{t('label.programme')}</dt>
            <dd>{[label.data.programmeName, label.data.universityName].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t('label.company')}</dt>
            <dd>
              {label.data.companyName}, {label.data.companyCity}
            </dd>
            <dt>{t('label.internship')}</dt>
            <dd>{label.data.title}</dd>
            <dt>{t('label.period')}</dt>
            <dd>
              {formatDate(label.data.startDate)} – {formatDate(label.data.endDate)}
            </dd>
            <dt>{t('label.grantedOn')}</dt>
            <dd>{formatDate(label.data.grantedOn)}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
