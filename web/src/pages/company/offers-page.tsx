import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';

type Action = 'publish' | 'unpublish' | 'fill';

export function OffersPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offers = useQuery({
    queryKey: ['company-offers', companyId],
    queryFn: () =>
      call(api.GET('/companies/{companyId}/offers', { params: { path: { companyId }, query: { limit: 100 } } })),
  });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: Action }) =>
      call(api.POST(`/offers/{id}/${action}`, { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['company-offers', companyId] }),
  });

  return (
    <section>
      <h1>{t('offers.title')}</h1>
      <p>
        <Link to="/company/offers/new" className="button">
          {t('offers.create')}
        </Link>
      </p>
      {act.error && <FormMessage kind="error">{act.error.message}</FormMessage>}
      {offers.data?.items.length === 0 && <p>{t('offers.empty')}</p>}
      <ul className="cards">
        {offers.data?.items.map((offer) => (
          <li key={offer.id} className="card" data-offer={offer.id}>
            <h2>{offer.title}</h2>
            <p>
              {offer.city} ({offer.countryCode}) — {t('offers.status')} : <span data-status>{offer.status}</span> —{' '}
              {t('offers.deadline')} : {formatDate(offer.applicationDeadline)}
            </p>
            <div className="actions">
              {offer.status !== 'published' && (
                <button type="button" onClick={() => act.mutate({ id: offer.id, action: 'publish' })}>
                  {t('offers.publish')}
                </button>
              )}
              {offer.status === 'published' && (
                <button type="button" onClick={() => act.mutate({ id: offer.id, action: 'unpublish' })}>
                  {t('offers.unpublish')}
                </button>
              )}
              {offer.status === 'published' && (
                <button type="button" onClick={() => act.mutate({ id: offer.id, action: 'fill' })}>
                  {t('offers.fill')}
                </button>
              )}
              <Link to={`/company/offers/${offer.id}/edit`} aria-label={`${t('contact.edit')} : ${offer.title}`}>
                {t('contact.edit')}
              </Link>
              <Link to={`/company/offers/${offer.id}/history`} aria-label={`${t('contact.history')} : ${offer.title}`}>
                {t('contact.history')}
              </Link>
              <Link to={`/company/offers/${offer.id}/candidates`}>{t('offers.candidates')}</Link>
              <Link to={`/company/applications?offerId=${offer.id}`}>{t('offers.applications')}</Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
