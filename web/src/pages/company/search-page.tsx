import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { ProfileCard } from './profile-card';

export const FACETS = ['sector', 'country', 'studyYear', 'programme', 'university'] as const;
type FacetName = (typeof FACETS)[number];

/** "Accéder aux meilleurs profils": keywords, multi-select facets with counts, highlighted hits; the query lives in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const selected = (name: FacetName) => params.getAll(name);
  const cursor = params.get('cursor') ?? undefined;

  const query = {
    q: q || undefined,
    sector: selected('sector'),
    country: selected('country'),
    studyYear: selected('studyYear').map(Number),
    programme: selected('programme'),
    university: selected('university'),
    cursor,
  };
  const search = useQuery({
    queryKey: ['profiles', params.toString()],
    placeholderData: keepPreviousData,
    queryFn: () => call(api.GET('/profiles/search', { params: { query } })),
  });

  function update(change: (next: URLSearchParams) => void) {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('cursor'); // a new question starts from the first page
    setParams(next);
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    update((next) => (typed.trim() ? next.set('q', typed.trim()) : next.delete('q')));
  }
  function toggle(name: FacetName, value: string) {
    update((next) => {
      const values = next.getAll(name);
      next.delete(name);
      const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
      kept.forEach((v) => next.append(name, v));
    });
  }

  const data = search.data;
  return (
    <section className="search">
      <h1>{t('company.search')}</h1>
      <form role="search" onSubmit={onSubmit} className="inline-form">
        <TextField
          label={t('search.keywords')}
          type="search"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {search.error && <FormMessage kind="error">{search.error.message}</FormMessage>}
      {data && (
        <div className="search-body">
          <aside aria-label={t('search.refine')} className="facets">
            {FACETS.map((name) => (
              <fieldset key={name} data-facet={name}>
                <legend>{t(`search.facet.${name}`)}</legend>
                {(data.facets[name] ?? []).map((item) => (
                  <label key={item.value} className="facet-item">
                    <input
                      type="checkbox"
                      checked={selected(name).includes(String(item.value))}
                      onChange={() => toggle(name, String(item.value))}
                    />
                    <span className="facet-label">{item.label}</span>{' '}
                    <span className="count" data-count>
                      {item.count}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
            <button type="button" className="link" onClick={() => setParams(new URLSearchParams())}>
              {t('search.clear')}
            </button>
          </aside>
          <div className="hits">
            <p role="status" data-total={data.total}>
              {t('search.results', { count: data.total })}
            </p>
            {data.items.length === 0 && <p>{t('search.none')}</p>}
            <ol className="cards">
              {data.items.map((hit) => (
                <li key={hit.requestId}>
                  <ProfileCard hit={hit} />
                </li>
              ))}
            </ol>
            <div className="pager">
              {cursor && (
                <button type="button" onClick={() => update(() => undefined)}>
                  {t('search.first')}
                </button>
              )}
              {data.nextCursor && (
                <button
                  type="button"
                  onClick={() => {
                    const next = new URLSearchParams(params);
                    next.set('cursor', data.nextCursor!);
                    setParams(next);
                  }}
                >
                  {t('search.more')}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
