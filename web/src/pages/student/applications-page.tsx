import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { formatDate } from '../../i18n';

export function ApplicationsPage() {
  const { t } = useTranslation();
  const applications = useQuery({ queryKey: ['my-applications'], queryFn: () => call(api.GET('/me/applications')) });
  return (
    <section>
      <h1>{t('student.applications')}</h1>
      <ul className="cards">
        {applications.data?.items.map((application) => (
          <li key={application.id} className="card" data-application={application.id}>
            <h2>{application.offer.title}</h2>
            <p>
              {application.offer.companyName} — {formatDate(application.createdAt)} — {t('offers.status')} :{' '}
              <span data-status>{application.status}</span>
            </p>
            <p>{t('thread.respondBy', { date: formatDate(application.respondBy) })}</p>
            <p>
              <Link to={`/student/applications/${application.id}`}>{t('studentSpace.openApplication')}</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
