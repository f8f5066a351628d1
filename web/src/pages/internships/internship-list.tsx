import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';
import { Pager } from './pager';

const LIMIT = 20;

/**
 * "Suivi global des stagiaires": the internships the API lets the caller follow, paged, with the "waiting for me"
 * filter of the API. The filter and the page live in the address, so a reload or a shared link keeps them.
 */
export function InternshipList({
  waitingOnly,
  onlyStatus,
  renderExtra,
}: {
  /** Fixed "waiting for me" (the area's page); otherwise a checkbox. */
  waitingOnly?: boolean;
  onlyStatus?: Schemas['InternshipSummaryView']['status'];
  renderExtra?: (internship: Schemas['InternshipSummaryView']) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const waiting = waitingOnly ?? params.get('waiting') === '1';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const list = useQuery({
    queryKey: ['internships', { waiting, offset, onlyStatus }],
    queryFn: () =>
      call(
        api.GET('/internships', {
          params: { query: { limit: LIMIT, offset, waitingForMe: waiting || undefined, status: onlyStatus } },
        }),
      ),
  });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value === null) next.delete(key);
      else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div>
      {waitingOnly === undefined && (
        <label className="check">
          <input
            type="checkbox"
            checked={waiting}
            onChange={(e) => update({ waiting: e.target.checked ? '1' : null, offset: null })}
          />{' '}
          {t('academic.list.waitingOnly')}
        </label>
      )}
      {list.isLoading && <p role="status">{t('app.loading')}</p>}
      {list.error && <FormMessage kind="error">{list.error.message}</FormMessage>}
      {list.data && list.data.items.length === 0 && <p>{t('academic.list.none')}</p>}
      <ul className="cards" data-total={list.data?.total}>
        {list.data?.items.map((item) => (
          <li key={item.id} className="card internship-card" data-internship={item.id}>
            <h2 className="card-title">
              <Link to={`/internships/${item.id}`}>
                {item.student.name}
                {item.title ? ` — ${item.title}` : ''}
              </Link>
            </h2>
            <dl className="facts">
              <dt>{t('academic.list.company')}</dt>
              <dd>{item.company.name}</dd>
              {item.programme && (
                <>
                  <dt>{t('academic.list.programme')}</dt>
                  <dd>
                    {item.programme.name}
                    {item.studyYear ? ` (${item.studyYear})` : ''}
                  </dd>
                </>
              )}
              <dt>{t('academic.list.period')}</dt>
              <dd>
                {formatDate(item.startDate)} – {formatDate(item.endDate)}
              </dd>
              <dt>{t('academic.list.status')}</dt>
              <dd data-status={item.status}>{t(`academic.status.${item.status}`)}</dd>
              <dt>{t('academic.list.progress')}</dt>
              <dd>
                <progress
                  max={item.progress.mandatoryTotal || 1}
                  value={item.progress.mandatoryDone}
                  aria-hidden="true"
                />{' '}
                {t('academic.list.progressValue', {
                  done: item.progress.mandatoryDone,
                  total: item.progress.mandatoryTotal,
                })}
                {item.progress.overdue > 0 && (
                  <strong className="late"> — {t('academic.list.overdue', { count: item.progress.overdue })}</strong>
                )}
              </dd>
            </dl>
            {renderExtra?.(item)}
          </li>
        ))}
      </ul>
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          onChange={(value) => update({ offset: value ? String(value) : null })}
        />
      )}
    </div>
  );
}
