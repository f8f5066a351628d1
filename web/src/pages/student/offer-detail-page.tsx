import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage, SelectField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate, formatNumber } from '../../i18n';

/** One offer as a student reads it, with "Postuler": a message and, if I wish, the documents of one of my requests. */
export function OfferDetailPage() {
  const { t, i18n } = useTranslation();
  const { offerId = '' } = useParams();
  const offer = useQuery({
    queryKey: ['offer', offerId],
    queryFn: () => call(api.GET('/offers/{id}', { params: { path: { id: offerId } } })),
  });
  const requests = useQuery({
    queryKey: ['my-requests-all'],
    queryFn: () => call(api.GET('/requests/mine', { params: { query: { limit: 100 } } })),
  });
  const [message, setMessage] = useState('');
  const [requestId, setRequestId] = useState('');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const application = await call(
        api.POST('/offers/{offerId}/applications', {
          params: { path: { offerId } },
          body: { message, requestId: requestId || undefined },
        }),
      );
      setApplicationId(application.id);
    });
  }

  if (offer.error) return <FormMessage kind="error">{offer.error.message}</FormMessage>;
  const data = offer.data;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(amount);
  return (
    <article data-offer={data.id}>
      <p>
        <Link to="/student/offers">{t('studentSpace.backToOffers')}</Link>
      </p>
      <h1>{data.title}</h1>
      <div className="card">
        <p>
          {data.companyName} — {data.city} ({data.countryCode}) — {data.target.label}
        </p>
        <p>
          {t('studentSpace.start', { date: formatDate(data.startDate) })} —{' '}
          {t('studentSpace.duration', { count: data.durationWeeks })} —{' '}
          {t('studentSpace.places', { count: data.places })}
        </p>
        <p>
          <strong>{t('studentSpace.deadline', { date: formatDate(data.applicationDeadline) })}</strong>
        </p>
        {data.allowance && (
          <p>
            {t('studentSpace.allowance')} : {money(data.allowance.amount, data.allowance.currency)}{' '}
            {t(`studentSpace.perPeriod.${data.allowance.period}`)}
          </p>
        )}
        {data.companyResponseRate && (
          <p>
            {t('studentSpace.responseRate')} :{' '}
            {new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(data.companyResponseRate.rate)} (
            {formatNumber(data.companyResponseRate.answeredOnTime)} / {formatNumber(data.companyResponseRate.counted)})
          </p>
        )}
        <h2>{t('studentSpace.position')}</h2>
        <p>{data.position}</p>
        <h2>{t('studentSpace.mission')}</h2>
        <p className="message-text">{data.mission}</p>
        {data.skills.length > 0 && (
          <>
            <h2>{t('studentSpace.skills')}</h2>
            <p>{data.skills.join(', ')}</p>
          </>
        )}
      </div>
      <section className="card" aria-labelledby="apply-title">
        <h2 id="apply-title">{t('studentSpace.applyTitle')}</h2>
        {applicationId ? (
          <>
            <FormMessage kind="ok">{t('studentSpace.applied')}</FormMessage>
            <p>
              <Link to={`/student/applications/${applicationId}`}>{t('studentSpace.seeApplication')}</Link>
            </p>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <div className="field">
              <label htmlFor="apply-message">{t('studentSpace.applyMessage')}</label>
              <textarea
                id="apply-message"
                rows={4}
                value={message}
                onChange={(x) => setMessage(x.target.value)}
                aria-invalid={e.message ? true : undefined}
                aria-describedby={e.message ? 'apply-message-error' : undefined}
              />
              {e.message && (
                <p id="apply-message-error" className="field-error" role="alert">
                  {e.message}
                </p>
              )}
            </div>
            <SelectField
              label={t('studentSpace.withRequest')}
              value={requestId}
              onChange={(x) => setRequestId(x.target.value)}
              error={e.requestId ?? e.cvDocumentId ?? e.letterDocumentId}
            >
              <option value="">{t('studentSpace.noRequest')}</option>
              {requests.data?.items.map((request) => (
                <option key={request.id} value={request.id}>
                  {request.title}
                </option>
              ))}
            </SelectField>
            {formError && <FormMessage kind="error">{formError}</FormMessage>}
            <button type="submit" disabled={busy}>
              {t('studentSpace.apply')}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
