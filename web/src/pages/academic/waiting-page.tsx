import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { InternshipList } from '../internships/internship-list';

/** "Étapes en attente de moi": the API's waitingForMe list, each internship with the steps the caller may act on. */
export function WaitingPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('academic.area.waiting')}</h1>
      <p>{t('academic.area.waitingIntro')}</p>
      <InternshipList waitingOnly renderExtra={(item) => <WaitingSteps internshipId={item.id} />} />
    </section>
  );
}

/** The steps of one internship whose actions name the caller (from its dashboard, shared with the detail page). */
function WaitingSteps({ internshipId }: { internshipId: string }) {
  const { t, i18n } = useTranslation();
  const view = useQuery({
    queryKey: ['internship', internshipId],
    queryFn: () => call(api.GET('/internships/{id}', { params: { path: { id: internshipId } } })),
  });
  if (!view.data) return null;
  const steps = [...view.data.phases.before, ...view.data.phases.during, ...view.data.phases.after].filter(
    (s) => s.actions.length > 0,
  );
  return (
    <ul className="waiting-steps">
      {steps.map((s) => (
        <li key={s.key} data-waiting-step={s.key}>
          {i18n.language === 'en' ? s.nameEn : s.nameFr} — {t(`academic.steps.status.${s.status}`)}
          {s.overdue && <strong className="late"> — {t('academic.steps.overdue')}</strong>}
        </li>
      ))}
    </ul>
  );
}
