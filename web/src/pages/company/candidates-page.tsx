import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';
import { ProfileCard } from './profile-card';

/** The offer's ranked candidates, each with the criteria that earned its points (the "why"). */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { offerId } = useParams();
  const candidates = useQuery({
    queryKey: ['candidates', offerId],
    queryFn: () => call(api.GET('/offers/{id}/candidates', { params: { path: { id: offerId! } } })),
  });
  return (
    <section>
      <h1>{t('offers.candidates')}</h1>
      {candidates.error && <FormMessage kind="error">{candidates.error.message}</FormMessage>}
      {candidates.data && <p role="status">{t('search.results', { count: candidates.data.total })}</p>}
      <ol className="cards">
        {candidates.data?.items.map((candidate) => (
          <li key={candidate.requestId}>
            <ProfileCard hit={candidate}>
              <details open>
                <summary>
                  {t('offers.why')} — {Math.round((candidate.score / candidates.data!.maxScore) * 100)} %
                </summary>
                <ul className="why">
                  {candidate.why.map((reason, index) => (
                    <li key={index} data-criterion={reason.criterion}>
                      {reason.criterion} (+{reason.points}) {reason.matched.join(', ')}
                    </li>
                  ))}
                </ul>
              </details>
            </ProfileCard>
          </li>
        ))}
      </ol>
    </section>
  );
}
