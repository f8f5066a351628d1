import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate } from '../../i18n';

const LINK_ERRORS = [
  'agreement_link_unknown',
  'agreement_link_used',
  'agreement_link_expired',
  'agreement_link_closed',
  'agreement_internship_closed',
];

/** /sign-agreement?token=… — the e-mailed one-time link: read the agreement, type one's name, sign. No account. */
export function SignAgreementPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const queryClient = useQueryClient();
  const acceptId = useId();
  const request = useQuery({
    queryKey: ['signature', token],
    enabled: Boolean(token),
    retry: false,
    queryFn: () => call(api.GET('/agreement-signatures/{token}', { params: { path: { token } } })),
  });
  const [name, setName] = useState('');
  const [accept, setAccept] = useState(false);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  const [signError, setSignError] = useState<string | null>(null);

  /** The API's code for a dead link, in the reader's words; otherwise the API's own message. */
  const linkMessage = (error: unknown) =>
    error instanceof ApiError && LINK_ERRORS.includes(error.problem.code ?? '')
      ? t(`academic.sign.error.${error.problem.code}`)
      : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSignError(null);
    void submit(async () => {
      try {
        // `accept` goes as ticked: the API names the field when it is not.
        const body = { name, accept } as { name: string; accept: true };
        queryClient.setQueryData(
          ['signature', token],
          await call(api.POST('/agreement-signatures/{token}', { params: { path: { token } }, body })),
        );
      } catch (error) {
        const message = linkMessage(error);
        if (message) setSignError(message);
        else throw error;
      }
    });
  }

  if (!token)
    return (
      <section className="card narrow">
        <h1>{t('academic.sign.title')}</h1>
        <FormMessage kind="error">{t('academic.sign.noToken')}</FormMessage>
      </section>
    );
  const data = request.data;
  const deadLink = linkMessage(request.error) ?? signError;
  return (
    <section className="card narrow sign">
      <h1>{t('academic.sign.title')}</h1>
      {request.isLoading && <p role="status">{t('app.loading')}</p>}
      {deadLink && <FormMessage kind="error">{deadLink}</FormMessage>}
      {request.error && !linkMessage(request.error) && <FormMessage kind="error">{request.error.message}</FormMessage>}
      {data && (
        <>
          <h2>
            {data.kind === 'amendment'
              ? t('academic.sign.amendment', { version: data.version })
              : t('academic.sign.original', { version: data.version })}
          </h2>
          <p>
            {t('academic.sign.for', { party: t(`academic.agreement.party.${data.party}`) })} —{' '}
            {t('academic.sign.signer')} : {data.signerName}
          </p>
          <dl className="facts">
            <dt>{t('academic.sign.internship')}</dt>
            <dd>{data.title}</dd>
            <dt>{t('academic.sign.student')}</dt>
            <dd>{data.studentName}</dd>
            <dt>{t('academic.sign.company')}</dt>
            <dd>{data.companyName}</dd>
            <dt>{t('academic.sign.university')}</dt>
            <dd>{data.universityName}</dd>
            <dt>{t('academic.sign.programme')}</dt>
            <dd>{data.programmeName}</dd>
            <dt>{t('academic.sign.period')}</dt>
            <dd>
              {formatDate(data.startDate)} – {formatDate(data.endDate)}
            </dd>
            {data.companyTutorName && (
              <>
                <dt>{t('academic.sign.companyTutor')}</dt>
                <dd>{data.companyTutorName}</dd>
              </>
            )}
            {data.academicTutorName && (
              <>
                <dt>{t('academic.sign.academicTutor')}</dt>
                <dd>{data.academicTutorName}</dd>
              </>
            )}
          </dl>
          {data.changes.length > 0 && (
            <>
              <h3>{t('academic.sign.changes')}</h3>
              <ul>
                {data.changes.map((c) => (
                  <li key={c.field}>
                    {t(`academic.sign.change.${c.field}`)} : {c.before ?? '—'} → {c.after ?? '—'}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a href={`/api/agreement-signatures/${encodeURIComponent(token)}/pdf`} target="_blank" rel="noreferrer">
              {t('academic.sign.readPdf')}
            </a>
          </p>
          {data.signedAt ? (
            <FormMessage kind="ok">{t('academic.sign.signed', { date: formatDate(data.signedAt) })}</FormMessage>
          ) : (
            !signError && (
              <form onSubmit={onSubmit} noValidate>
                <p className="muted">{t('academic.sign.expires', { date: formatDate(data.expiresAt) })}</p>
                <TextField
                  label={t('academic.sign.name')}
                  autoComplete="name"
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  error={fieldErrors.name}
                  required
                />
                <div className="field">
                  <label className="check" htmlFor={acceptId}>
                    <input
                      id={acceptId}
                      type="checkbox"
                      checked={accept}
                      onChange={(e) => setAccept(e.target.checked)}
                      aria-invalid={fieldErrors.accept ? true : undefined}
                      aria-describedby={fieldErrors.accept ? `${acceptId}-error` : undefined}
                    />{' '}
                    {t('academic.sign.accept')}
                  </label>
                  {fieldErrors.accept && (
                    <p id={`${acceptId}-error`} className="field-error" role="alert">
                      {fieldErrors.accept}
                    </p>
                  )}
                </div>
                {formError && Object.keys(fieldErrors).length === 0 && (
                  <FormMessage kind="error">{formError}</FormMessage>
                )}
                <button type="submit" disabled={busy}>
                  {t('academic.sign.submit')}
                </button>
              </form>
            )
          )}
        </>
      )}
    </section>
  );
}
