import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { Pager } from '../../components/pager';
import { formatDate, formatNumber } from '../../i18n';

const PAGE = 20;

/** Published offers open to me (or targeted at my country, university, programme), by a word of the title, paged. */
export function OffersBrowsePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const title = params.get('title') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [text, setText] = useState(title);
  const offers = useQuery({
    queryKey: ['student-offers', title, offset],
    queryFn: () => call(api.GET('/offers', { params: { query: { title: title || undefined, limit: PAGE, offset } } })),
    placeholderData: (previous) => previous,
  });
  // The filter and the page live in the URL, so "back" from an offer returns to the same list.
  const go = (next: { title?: string; offset?: number }) => {
    const query = new URLSearchParams();
    const nextTitle = next.title ?? title;
    if (nextTitle) query.set('title', nextTitle);
    if (next.offset) query.set('offset', String(next.offset));
    setParams(query);
  };
  return (
    <section>
      <h1>{t('studentSpace.offersTitle')}</h1>
      <form
        className="inline-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ title: text.trim(), offset: 0 });
        }}
      >
        <TextField
          label={t('studentSpace.titleFilter')}
          type="search"
          value={text}
          onChange={(x) => setText(x.target.value)}
        />
        <button type="submit">{t('studentSpace.search')}</button>
      </form>
      {offers.error && <FormMessage kind="error">{offers.error.message}</FormMessage>}
      {offers.data && (
        <p aria-live="polite" data-total={offers.data.total}>
          {t('studentSpace.total', { count: offers.data.total, formatted: formatNumber(offers.data.total) })}
        </p>
      )}
      {offers.data?.items.length === 0 && <p>{t('studentSpace.noOffer')}</p>}
      <ul className="cards">
        {offers.data?.items.map((offer) => (
          <li key={offer.id} className="card" data-offer={offer.id}>
            <h2>
              <Link to={`/student/offers/${offer.id}`}>{offer.title}</Link>
            </h2>
            <p>
              {offer.companyName} — {offer.city} ({offer.countryCode}) — {offer.target.label}
            </p>
            <p>{t('studentSpace.deadline', { date: formatDate(offer.applicationDeadline) })}</p>
          </li>
        ))}
      </ul>
      {offers.data && (
        <Pager total={offers.data.total} limit={PAGE} offset={offset} onChange={(next) => go({ offset: next })} />
      )}
    </section>
  );
}
