import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';
import { Pager } from '../../components/pager';
import { formatNumber } from '../../i18n';

const PAGE = 20;
type Change = { before?: unknown; after?: unknown };

/** Every change of one offer, newest first, with the before and after of each field. */
export function OfferHistoryPage() {
  const { t, i18n } = useTranslation();
  const { offerId = '' } = useParams();
  const [offset, setOffset] = useState(0);
  const offer = useQuery({
    queryKey: ['offer', offerId],
    queryFn: () => call(api.GET('/offers/{id}', { params: { path: { id: offerId } } })),
  });
  const history = useQuery({
    queryKey: ['offer-history', offerId, offset],
    queryFn: () =>
      call(api.GET('/offers/{id}/history', { params: { path: { id: offerId }, query: { limit: PAGE, offset } } })),
  });
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  const error = offer.error ?? history.error;
  return (
    <section>
      <p>
        <Link to="/company/offers">{t('contact.back')}</Link>
      </p>
      <h1>{t('contact.historyTitle', { title: offer.data?.title ?? '…' })}</h1>
      {offer.data && (
        <p>
          <Link to={`/company/offers/${offerId}/edit`} className="button">
            {t('contact.edit')}
          </Link>
        </p>
      )}
      {error && <FormMessage kind="error">{error.message}</FormMessage>}
      {history.data?.items.length === 0 && <p>{t('contact.noHistory')}</p>}
      <ol className="cards">
        {history.data?.items.map((entry) => (
          <li key={entry.id} className="card" data-history={entry.action}>
            <h2>
              {t(`contact.actions.${entry.action}`)} — {t('contact.version', { version: formatNumber(entry.version) })}
            </h2>
            <p className="muted">
              <time dateTime={entry.at}>{when(entry.at)}</time>
            </p>
            {Object.keys(entry.changes ?? {}).length > 0 && (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('contact.field')}</th>
                      <th scope="col">{t('contact.before')}</th>
                      <th scope="col">{t('contact.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(entry.changes as Record<string, Change>).map(([field, change]) => (
                      <tr key={field} data-field={field}>
                        <th scope="row">{field}</th>
                        <td>{shown(change?.before)}</td>
                        <td data-after>{shown(change?.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ol>
      {history.data && <Pager total={history.data.total} limit={PAGE} offset={offset} onChange={setOffset} />}
    </section>
  );
}

/** A field's value as text: lists joined, objects as JSON, nothing as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
