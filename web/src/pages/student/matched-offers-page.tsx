import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';

/** Offers matched to my published requests (the digest e-mail links here), each with its why; apply from the card. */
export function MatchedOffersPage() {
  const { t } = useTranslation();
  const matched = useQuery({ queryKey: ['matched-offers'], queryFn: () => call(api.GET('/me/matched-offers')) });
  return (
    <section>
      <h1>{t('student.matched')}</h1>
      {matched.data?.items.length === 0 && <p>{t('student.noMatch')}</p>}
      <ul className="cards">
        {matched.data?.items.map((item) => (
          <li key={item.offer.id}>
            <MatchedOffer item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MatchedOffer({ item }: { item: Schemas['MatchedOfferView'] }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const apply = useMutation({
    mutationFn: () =>
      call(
        api.POST('/offers/{offerId}/applications', {
          params: { path: { offerId: item.offer.id } },
          body: { message, requestId: item.requestId },
        }),
      ),
  });
  const id = `apply-${item.offer.id}`;
  return (
    <article className="card" data-offer={item.offer.id}>
      <h2>{item.offer.title}</h2>
      <p>
        {item.offer.companyName} — {item.offer.city} — {t('offers.deadline')} :{' '}
        {formatDate(item.offer.applicationDeadline)}
      </p>
      <ul className="why" aria-label={t('student.why')}>
        {item.why.map((reason) => (
          <li key={reason.criterion} data-criterion={reason.criterion}>
            {reason.criterion} (+{reason.contribution}) {reason.matched.join(', ')}
          </li>
        ))}
      </ul>
      {apply.isSuccess ? (
        <FormMessage kind="ok">{t('student.applied')}</FormMessage>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply.mutate();
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t('student.applyMessage')}</label>
            <textarea id={id} rows={3} value={message} onChange={(x) => setMessage(x.target.value)} />
          </div>
          {apply.error && <FormMessage kind="error">{apply.error.message}</FormMessage>}
          <button type="submit" disabled={apply.isPending}>
            {t('student.apply')}
          </button>
        </form>
      )}
    </article>
  );
}
