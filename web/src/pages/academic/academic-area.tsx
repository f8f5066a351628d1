import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { useMe } from '../../auth/use-me';
import { InternshipList } from '../internships/internship-list';
import { AgreementsPage } from './agreements-page';
import { StudentsPage } from './students-page';
import { TemplatePage } from './template-page';
import { TemplatesPage } from './templates-page';
import { WaitingPage } from './waiting-page';

const ROLES = ['academic_tutor', 'year_manager', 'programme_manager'];

/** The university staff's screens (tutors, year and programme managers), with a left menu like the company's. */
export default function AcademicArea() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (!me.data || !ROLES.includes(me.data.role)) return <Navigate to="/" replace />;
  const manager = me.data.role === 'programme_manager';
  return (
    <div className="with-menu">
      <nav aria-label={t('academic.area.menu')} className="side-menu">
        <h2>{t('academic.area.follow')}</h2>
        <ul>
          <li>
            <NavLink to="/academic" end>
              {t('academic.area.waiting')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/academic/internships">{t('academic.area.internships')}</NavLink>
          </li>
          <li>
            <NavLink to="/academic/agreements">{t('academic.area.agreements')}</NavLink>
          </li>
        </ul>
        {manager && (
          <>
            <h2>{t('academic.area.manage')}</h2>
            <ul>
              <li>
                <NavLink to="/academic/templates">{t('academic.area.templates')}</NavLink>
              </li>
              <li>
                <NavLink to="/academic/students">{t('academic.area.students')}</NavLink>
              </li>
            </ul>
          </>
        )}
        <p className="muted">
          {me.data.firstName} {me.data.lastName} — {t(`academic.party.${me.data.role}`)}
        </p>
      </nav>
      <div className="area">
        <Routes>
          <Route index element={<WaitingPage />} />
          <Route
            path="internships"
            element={
              <section>
                <h1>{t('academic.area.internships')}</h1>
                <InternshipList />
              </section>
            }
          />
          <Route path="agreements" element={<AgreementsPage />} />
          {manager && (
            <Route path="templates" element={<TemplatesPage universityId={me.data.universityId} meId={me.data.id} />} />
          )}
          {manager && (
            <Route
              path="templates/:templateId"
              element={<TemplatePage universityId={me.data.universityId} meId={me.data.id} />}
            />
          )}
          {manager && (
            <Route path="students" element={<StudentsPage universityId={me.data.universityId} meId={me.data.id} />} />
          )}
        </Routes>
      </div>
    </div>
  );
}
