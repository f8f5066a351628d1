import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate, formatNumber } from '../../i18n';

type IndexState = Schemas['IndexStateDto'];

/** The search engine as the admin watches it: sync backlog and errors, each index, the rebuild (refreshed while it runs). */
export function SearchStatusPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // When a rebuild was asked for: polling goes on until the worker has taken it and finished it.
  const [askedAt, setAskedAt] = useState<number | null>(null);
  const status = useQuery({
    queryKey: ['search-status'],
    queryFn: () => call(api.GET('/admin/search/status')),
    // Follow a running rebuild (or the one just asked for) every two seconds; otherwise read on demand.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (data?.profiles.rebuild.running || data?.offers.rebuild.running) return 2000;
      const last = (data?.profiles.rebuild as { last?: { finishedAt: string } } | undefined)?.last;
      return askedAt !== null && !(last && Date.parse(last.finishedAt) >= askedAt) ? 2000 : false;
    },
  });
  const rebuild = useMutation({
    mutationFn: () => call(api.POST('/admin/search/rebuild')),
    onMutate: () => setAskedAt(Date.now() - 1000),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['search-status'] }),
  });
  const data = status.data;
  return (
    <section>
      <h1>{t('admin.searchTitle')}</h1>
      {status.error && <FormMessage kind="error">{status.error.message}</FormMessage>}
      {data && (
        <>
          <div className="card" data-outbox>
            <h2>{t('admin.outbox')}</h2>
            <p className="figures">
              <span>
                <strong data-figure="pending">{formatNumber(data.outbox.pending)}</strong> {t('admin.outbox')}
              </span>
              <span>
                <strong data-figure="failing">{formatNumber(data.outbox.failing)}</strong> {t('admin.failing')}
              </span>
            </p>
            {data.outbox.oldestPendingAt && (
              <p>{t('admin.oldest', { date: formatDate(data.outbox.oldestPendingAt) })}</p>
            )}
            {data.outbox.recentErrors.length > 0 && (
              <>
                <h3>{t('admin.recentErrors')}</h3>
                <ul>
                  {data.outbox.recentErrors.map((error) => (
                    <li key={error.entityId}>
                      {error.entityId} ({formatNumber(error.attempts)}) : {error.lastError}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <IndexCard title={t('admin.profilesIndex')} state={data.profiles} name="profiles" />
          <IndexCard title={t('admin.offersIndex')} state={data.offers} name="offers" />
        </>
      )}
      {rebuild.isSuccess && <FormMessage kind="ok">{t('admin.rebuildStarted')}</FormMessage>}
      {rebuild.error && <FormMessage kind="error">{rebuild.error.message}</FormMessage>}
      <button
        type="button"
        disabled={rebuild.isPending || Boolean(data?.profiles.rebuild.running)}
        onClick={() => rebuild.mutate()}
      >
        {t('admin.rebuild')}
      </button>
    </section>
  );
}

function IndexCard({ title, state, name }: { title: string; state: IndexState; name: string }) {
  const { t } = useTranslation();
  const { running, progress, last } = state.rebuild as {
    running: boolean;
    progress?: { loaded: number; total: number };
    last?: { finishedAt: string; state: string };
  };
  return (
    <div className="card" data-index={name}>
      <h2>{title}</h2>
      <p>
        {t('admin.index')} : <code>{state.index ?? state.alias}</code>
      </p>
      <p>
        {t('admin.documents')} :{' '}
        <strong data-figure="documents">
          {state.documents === null || state.documents === undefined ? '—' : formatNumber(state.documents)}
        </strong>
      </p>
      {state.error && <FormMessage kind="error">{t('admin.engineError', { error: state.error })}</FormMessage>}
      <p aria-live="polite" data-rebuild={running ? 'running' : 'idle'}>
        {running
          ? t('admin.rebuildRunning', {
              loaded: formatNumber(progress?.loaded ?? 0),
              total: formatNumber(progress?.total ?? 0),
            })
          : t('admin.rebuildIdle')}
      </p>
      {running && progress && progress.total > 0 && (
        <progress max={progress.total} value={progress.loaded} aria-label={title} />
      )}
      {last && (
        <p data-last-rebuild={last.state}>
          {t('admin.lastRebuild')} : {last.state} — {formatDate(last.finishedAt)}
        </p>
      )}
    </div>
  );
}
