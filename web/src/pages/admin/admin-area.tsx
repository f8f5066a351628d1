import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { ToSignIn } from '../../auth/require-login';
import { useMe } from '../../auth/use-me';
import { ApprovalsPage } from './approvals-page';
import { SearchStatusPage } from './search-status-page';
import { UniversitiesPage } from './universities-page';
import { UsersPage } from './users-page';

/** The platform admin's screens: accounts, universities and programmes, companies to approve, the search engine. */
export default function AdminArea() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (!me.data) return <ToSignIn />;
  if (me.data.role !== 'admin') return <Navigate to="/" replace />;
  return (
    <div className="with-menu">
      <nav aria-label={t('admin.menu')} className="side-menu">
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t('admin.users')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/universities">{t('admin.universities')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/approvals">{t('admin.approvals')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/search">{t('admin.search')}</NavLink>
          </li>
        </ul>
        <p className="muted">
          {me.data.firstName} {me.data.lastName}
        </p>
      </nav>
      <div className="area">
        <Routes>
          <Route index element={<UsersPage />} />
          <Route path="universities" element={<UniversitiesPage />} />
          <Route path="approvals" element={<ApprovalsPage />} />
          <Route path="search" element={<SearchStatusPage />} />
        </Routes>
      </div>
    </div>
  );
}
