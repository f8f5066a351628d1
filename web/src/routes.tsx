import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import './academic.css';
import { Layout } from './components/layout';
import { AccountDataPage } from './pages/account/account-data-page';
import { ApplicationLink } from './pages/application-link';
import { ForgotPasswordPage } from './pages/public/forgot-password-page';
import { HomePage } from './pages/public/home-page';
import { LabelPage } from './pages/public/label-page';
import { SignAgreementPage } from './pages/public/sign-agreement-page';
import { ResetPasswordPage } from './pages/public/reset-password-page';
import { SignupCompanyPage } from './pages/public/signup-company-page';
import { SignupStudentPage } from './pages/public/signup-student-page';
import { VerifyEmailPage } from './pages/public/verify-email-page';

// One chunk per role: a visitor downloads only the public pages.
const CompanyArea = lazy(() => import('./pages/company/company-area'));
const StudentArea = lazy(() => import('./pages/student/student-area'));
const AcademicArea = lazy(() => import('./pages/academic/academic-area'));
const InternshipRoutes = lazy(() => import('./pages/internships/internship-routes'));
const AdminArea = lazy(() => import('./pages/admin/admin-area'));

/**
 * Page paths; e-mails link to /verify-email, /reset-password, /labels/:code, /internships/:id(/journal) and
 * /sign-agreement?token= (see src/ PUBLIC_URL usages).
 */
export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Layout>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/verify-email" element={<VerifyEmailPage />} />
          <Route path="/signup/student" element={<SignupStudentPage />} />
          <Route path="/signup/company" element={<SignupCompanyPage />} />
          <Route path="/labels" element={<LabelPage />} />
          <Route path="/labels/:code" element={<LabelPage />} />
          <Route path="/company/*" element={<CompanyArea />} />
          <Route path="/student/*" element={<StudentArea />} />
          <Route path="/academic/*" element={<AcademicArea />} />
          <Route path="/internships/*" element={<InternshipRoutes />} />
          <Route path="/sign-agreement" element={<SignAgreementPage />} />
          <Route path="/admin/*" element={<AdminArea />} />
          <Route
            path="/companies/:companyId/join-requests"
            element={<Navigate to="/company/join-requests" replace />}
          />
          <Route path="/me/matched-offers" element={<Navigate to="/student/matched-offers" replace />} />
          <Route path="/account/data" element={<AccountDataPage />} />
          <Route path="/applications/:id" element={<ApplicationLink />} />
          <Route path="/companies/:companyId/applications" element={<ApplicationLink />} />
          <Route path="*" element={<p>{t('notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
