import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { ToSignIn } from '../../auth/require-login';
import { useMe } from '../../auth/use-me';
import { ApplicationPage } from '../application-page';
import { CandidatesPage } from './candidates-page';
import { CompanyProfilePage } from './company-profile-page';
import { DashboardPage } from './dashboard-page';
import { JoinRequestsPage } from './join-requests-page';
import { OfferFormPage } from './offer-form-page';
import { OfferHistoryPage } from './offer-history-page';
import { OffersPage } from './offers-page';
import { ResponsesPage } from './responses-page';
import { SearchPage } from './search-page';

/** The company contact's screens, with the manual's left menu: Recruter / Suivre / Gérer mon profil. */
export default function CompanyArea() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (!me.data) return <ToSignIn />;
  if (me.data.role !== 'company_contact') return <Navigate to="/" replace />;
  const companyId = me.data.company?.companyId;
  return (
    <div className="with-menu">
      <nav aria-label={t('company.menu')} className="side-menu">
        <h2>{t('company.recruit')}</h2>
        <ul>
          <li>
            <NavLink to="/company" end>
              {t('company.dashboard')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/company/search">{t('company.search')}</NavLink>
          </li>
          <li>
            <NavLink to="/company/offers">{t('company.offers')}</NavLink>
          </li>
        </ul>
        <h2>{t('company.follow')}</h2>
        <ul>
          <li>
            <NavLink to="/company/applications">{t('company.responses')}</NavLink>
          </li>
          <li>
            <NavLink to="/internships">{t('academic.list.title')}</NavLink>
          </li>
        </ul>
        <h2>{t('company.profile')}</h2>
        <ul>
          <li>
            <NavLink to="/company/profile">{t('contact.myCompany')}</NavLink>
          </li>
          <li>
            <NavLink to="/company/join-requests">{t('contact.joinRequests')}</NavLink>
          </li>
        </ul>
        <p className="muted">
          {me.data.firstName} {me.data.lastName} — {me.data.company?.companyName}
        </p>
      </nav>
      <div className="area">
        <Routes>
          <Route index element={<DashboardPage me={me.data} />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="offers" element={companyId ? <OffersPage companyId={companyId} /> : null} />
          <Route path="offers/new" element={companyId ? <OfferFormPage companyId={companyId} /> : null} />
          <Route path="offers/:offerId/edit" element={companyId ? <OfferFormPage companyId={companyId} /> : null} />
          <Route path="offers/:offerId/history" element={<OfferHistoryPage />} />
          <Route path="offers/:offerId/candidates" element={<CandidatesPage />} />
          <Route path="applications" element={companyId ? <ResponsesPage companyId={companyId} /> : null} />
          <Route path="applications/:id" element={<ApplicationPage backTo="/company/applications" />} />
          <Route path="profile" element={companyId ? <CompanyProfilePage companyId={companyId} /> : null} />
          <Route
            path="join-requests"
            element={
              companyId ? (
                <JoinRequestsPage companyId={companyId} companyName={me.data.company?.companyName ?? ''} />
              ) : null
            }
          />
        </Routes>
      </div>
    </div>
  );
}
