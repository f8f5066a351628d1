import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';
import { useMyProgrammes } from './my-programmes';

/** The label procedures: the platform default and the versions of my programmes. */
export function TemplatesPage({ universityId, meId }: { universityId: string | null; meId: string }) {
  const { t } = useTranslation();
  const programmes = useMyProgrammes(universityId, meId);
  const ids = programmes.data?.map((p) => p.id) ?? [];
  // The default's and each of my programmes' versions (a manager may have several programmes).
  const templates = useQuery({
    queryKey: ['workflow-templates', ids],
    enabled: programmes.isSuccess,
    queryFn: async () => {
      const pages = await Promise.all(
        (ids.length ? ids : [undefined]).map((programmeId) =>
          call(api.GET('/workflow-templates', { params: { query: { limit: 100, programmeId } } })),
        ),
      );
      const byId = new Map(pages.flatMap((page) => page.items).map((tpl) => [tpl.id, tpl]));
      return { items: [...byId.values()] };
    },
  });
  const mine = new Set(ids);
  return (
    <section>
      <h1>{t('academic.templates.title')}</h1>
      {templates.isLoading && <p role="status">{t('app.loading')}</p>}
      {templates.error && <FormMessage kind="error">{templates.error.message}</FormMessage>}
      <ul className="cards">
        {templates.data?.items
          .filter((tpl) => tpl.programmeId === null || mine.has(tpl.programmeId))
          .map((tpl) => (
            <li key={tpl.id} className="card" data-template={tpl.id}>
              <h2 className="card-title">
                <Link to={`/academic/templates/${tpl.id}`}>
                  {tpl.name} — {t('academic.templates.version', { version: tpl.version })}
                </Link>
              </h2>
              <p>
                {tpl.programmeName ?? t('academic.templates.default')}
                {tpl.latest && (
                  <>
                    {' '}
                    — <strong>{t('academic.templates.latest')}</strong>
                  </>
                )}{' '}
                — {t('academic.templates.steps', { count: tpl.stepCount })} —{' '}
                {t(`academic.templates.labelMode.${tpl.labelMode}`)} — {formatDate(tpl.createdAt)}
              </p>
            </li>
          ))}
      </ul>
    </section>
  );
}
