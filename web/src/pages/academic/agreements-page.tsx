import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, call } from '../../api/client';
import { InternshipList } from '../internships/internship-list';

/** "Conventions à suivre": the running internships, each with where its agreement's signatures stand. */
export function AgreementsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('academic.area.agreements')}</h1>
      <p>{t('academic.area.agreementsIntro')}</p>
      <InternshipList onlyStatus="in_progress" renderExtra={(item) => <AgreementState internshipId={item.id} />} />
    </section>
  );
}

function AgreementState({ internshipId }: { internshipId: string }) {
  const { t } = useTranslation();
  const agreement = useQuery({
    queryKey: ['agreement', internshipId],
    retry: false,
    queryFn: async () => {
      try {
        return await call(api.GET('/internships/{id}/agreement', { params: { path: { id: internshipId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  if (agreement.data === undefined) return null;
  const current = agreement.data?.versions.at(-1);
  if (!current)
    return (
      <p data-agreement-state="none">
        {t('academic.agreement.title')} : {t('academic.area.noAgreement')}
      </p>
    );
  const signed = current.signatures.filter((s) => s.status === 'signed' || s.status === 'replaced_by_scan').length;
  return (
    <p data-agreement-state={current.status}>
      {t('academic.agreement.title')} ({t('academic.agreement.version', { version: current.version })}) :{' '}
      {t(`academic.agreement.versionStatus.${current.status}`)} —{' '}
      {t('academic.area.signedCount', { signed, total: current.signatures.length })}
    </p>
  );
}
