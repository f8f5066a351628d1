import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';

/** People asking to join the company (the e-mailed link /companies/:id/join-requests opens here): accept or refuse. */
export function JoinRequestsPage({ companyId, companyName }: { companyId: string; companyName: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const requests = useQuery({
    queryKey: ['join-requests', companyId],
    queryFn: () =>
      call(api.GET('/companies/{id}/join-requests', { params: { path: { id: companyId }, query: { limit: 100 } } })),
  });
  const decide = useMutation({
    mutationFn: ({ userId, decision }: { userId: string; decision: 'approved' | 'rejected'; name: string }) =>
      call(
        api.POST('/companies/{id}/join-requests/{userId}/decision', {
          params: { path: { id: companyId, userId } },
          body: { decision },
        }),
      ),
    onSuccess: (_, { decision, name }) => {
      setDone(t(decision === 'approved' ? 'contact.accepted' : 'contact.refusedJoin', { name }));
      return queryClient.invalidateQueries({ queryKey: ['join-requests', companyId] });
    },
  });
  return (
    <section>
      <h1>{t('contact.joinTitle', { name: companyName })}</h1>
      {done && <FormMessage kind="ok">{done}</FormMessage>}
      {(decide.error ?? requests.error) && (
        <FormMessage kind="error">{(decide.error ?? requests.error)!.message}</FormMessage>
      )}
      {requests.data?.items.length === 0 && <p>{t('contact.noJoin')}</p>}
      <ul className="cards">
        {requests.data?.items.map((request) => {
          const name = `${request.firstName} ${request.lastName}`;
          return (
            <li key={request.userId} className="card" data-join-request={request.userId}>
              <h2>{name}</h2>
              <p>
                {request.email}
                {request.jobTitle ? ` — ${request.jobTitle}` : ''} —{' '}
                {t('contact.requestedOn', { date: formatDate(request.requestedAt) })}
              </p>
              <div className="actions">
                <button
                  type="button"
                  disabled={decide.isPending}
                  aria-label={`${t('contact.accept')} : ${name}`}
                  onClick={() => decide.mutate({ userId: request.userId, decision: 'approved', name })}
                >
                  {t('contact.accept')}
                </button>
                <button
                  type="button"
                  disabled={decide.isPending}
                  aria-label={`${t('contact.refuse')} : ${name}`}
                  onClick={() => decide.mutate({ userId: request.userId, decision: 'rejected', name })}
                >
                  {t('contact.refuse')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
