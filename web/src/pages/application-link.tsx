import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useMe } from '../auth/use-me';

/** Links of the application e-mails (/applications/:id, /companies/:id/applications) open the list of the reader's role. */
export function ApplicationLink() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (me.data?.role === 'company_contact') return <Navigate to="/company/applications" replace />;
  if (me.data?.role === 'student') return <Navigate to="/student/applications" replace />;
  return <Navigate to="/" replace />;
}
