import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { ToSignIn } from '../auth/require-login';
import { useMe } from '../auth/use-me';

/**
 * Links of the application e-mails: /applications/:id opens that application (with its messages) in the reader's
 * area, /companies/:id/applications the company's list. A signed-out reader logs in first and comes back here.
 */
export function ApplicationLink() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  const tail = id ? `/${id}` : '';
  if (me.data?.role === 'company_contact') return <Navigate to={`/company/applications${tail}`} replace />;
  if (me.data?.role === 'student') return <Navigate to={`/student/applications${tail}`} replace />;
  if (!me.data) return <ToSignIn />;
  return <Navigate to="/" replace />;
}
