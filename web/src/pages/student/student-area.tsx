import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { ToSignIn } from '../../auth/require-login';
import { useMe } from '../../auth/use-me';
import { ApplicationPage } from '../application-page';
import { ApplicationsPage } from './applications-page';
import { MatchedOffersPage } from './matched-offers-page';
import { OfferDetailPage } from './offer-detail-page';
import { OffersBrowsePage } from './offers-browse-page';
import { ProfilePage } from './profile-page';
import { RequestsPage } from './requests-page';

/** The student's screens: requests (with CV upload), offers matched to them, applications. */
export default function StudentArea() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (!me.data) return <ToSignIn />;
  if (me.data.role !== 'student') return <Navigate to="/" replace />;
  return (
    <div className="with-menu">
      <nav aria-label={t('student.menu')} className="side-menu">
        <ul>
          <li>
            <NavLink to="/student" end>
              {t('student.requests')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/student/matched-offers">{t('student.matched')}</NavLink>
          </li>
          <li>
            <NavLink to="/student/offers">{t('studentSpace.offers')}</NavLink>
          </li>
          <li>
            <NavLink to="/student/applications">{t('student.applications')}</NavLink>
          </li>
          <li>
            <NavLink to="/student/profile">{t('studentSpace.profile')}</NavLink>
          </li>
          <li>
            <NavLink to="/internships">{t('academic.list.title')}</NavLink>
          </li>
        </ul>
        <p className="muted">
          {me.data.firstName} {me.data.lastName} — {me.data.student?.programmeName}
        </p>
      </nav>
      <div className="area">
        <Routes>
          <Route index element={<RequestsPage />} />
          <Route path="matched-offers" element={<MatchedOffersPage />} />
          <Route path="applications" element={<ApplicationsPage />} />
          <Route path="applications/:id" element={<ApplicationPage backTo="/student/applications" />} />
          <Route path="offers" element={<OffersBrowsePage />} />
          <Route path="offers/:offerId" element={<OfferDetailPage />} />
          <Route path="profile" element={<ProfilePage me={me.data} />} />
        </Routes>
      </div>
    </div>
  );
}
