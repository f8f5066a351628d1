import { useTranslation } from 'react-i18next';
import { InternshipList } from './internship-list';

/** /internships: every role's list of the internships it follows. */
export function InternshipsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('academic.list.title')}</h1>
      <InternshipList />
    </section>
  );
}
