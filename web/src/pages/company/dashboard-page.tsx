import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { formatNumber } from '../../i18n';

export function DashboardPage({ me }: { me: Schemas['MeDto'] }) {
  const { t } = useTranslation();
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => call(api.GET('/stats')) });
  return (
    <section>
      <h1>{t('company.welcome', { name: me.firstName })}</h1>
      {me.company?.membershipStatus === 'pending' && (
        <p className="message message-error">{t('company.pendingMembership')}</p>
      )}
      <ul className="quick-links">
        <li>
          <Link to="/company/offers/new">{t('company.publishOffers')}</Link>
        </li>
        <li>
          <Link to="/company/applications">{t('company.seeApplications')}</Link>
        </li>
        <li>
          <Link to="/company/search">{t('company.exploreCvs')}</Link>
        </li>
      </ul>
      <h2>{t('company.figures')}</h2>
      {stats.data && (
        <ul className="figures" aria-label={t('company.figures')}>
          <li>
            <strong data-figure="students">{formatNumber(stats.data.students)}</strong> {t('company.students')}
          </li>
          <li>
            <strong data-figure="universities">{formatNumber(stats.data.universities)}</strong>{' '}
            {t('company.universities')}
          </li>
          <li>
            <strong data-figure="cvs">{formatNumber(stats.data.publishedCvs)}</strong> {t('company.cvs')}
          </li>
        </ul>
      )}
    </section>
  );
}
