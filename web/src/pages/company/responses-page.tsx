import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { openDocument } from '../../api/documents';
import { FormMessage } from '../../components/field';
import { formatDate } from '../../i18n';

type Application = Schemas['ApplicationView'];
const STATUSES = ['received', 'read', 'shortlisted', 'interview', 'rejected', 'selected'] as const;

/** "Réponses à mes offres": every application (or one offer's, ?offerId=), its status, documents and response deadline. */
export function ResponsesPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const offerId = useSearchParams()[0].get('offerId') ?? undefined;
  const applications = useQuery({
    queryKey: ['company-applications', companyId, offerId],
    queryFn: () =>
      call(
        api.GET('/companies/{companyId}/applications', {
          params: { path: { companyId }, query: { offerId, limit: 100 } },
        }),
      ),
  });
  return (
    <section>
      <h1>{t('company.responses')}</h1>
      {applications.data?.items.length === 0 && <p>{t('responses.none')}</p>}
      <ul className="cards">
        {applications.data?.items.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ApplicationCard({ application }: { application: Application }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>(application.status);
  const [message, setMessage] = useState('');
  const change = useMutation({
    mutationFn: () =>
      call(
        api.POST('/applications/{id}/status', {
          params: { path: { id: application.id } },
          body: { status: status as (typeof STATUSES)[number], message: message || undefined },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['company-applications'] }),
  });
  const student = application.student;
  const id = application.id;
  return (
    <article className="card" data-application={id}>
      <h2>
        {[student.civility, student.firstName, student.lastName].filter(Boolean).join(' ')} — {application.offer.title}
      </h2>
      <p>
        {student.programmeName}, {student.universityName} — {formatDate(application.createdAt)}
      </p>
      <p>
        {t('offers.status')} : <span data-status>{t(`responses.status.${application.status}`)}</span> —{' '}
        {t('responses.respondBy', { date: formatDate(application.respondBy) })}
      </p>
      <p className="message-text">{application.message}</p>
      <p>
        <Link to={`/company/applications/${id}`}>{t('contact.openApplication')}</Link>
      </p>
      <p className="doc-links">
        {application.documents.map((doc) => (
          <button
            key={doc.id}
            type="button"
            className="link"
            onClick={() => void openDocument(`/api/documents/${doc.id}/file`)}
          >
            {doc.fileName}
          </button>
        ))}
      </p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={`status-${id}`}>{t('responses.newStatus')}</label>
          <select id={`status-${id}`} value={status} onChange={(x) => setStatus(x.target.value)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`responses.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`message-${id}`}>{t('responses.message')}</label>
          <input id={`message-${id}`} value={message} onChange={(x) => setMessage(x.target.value)} />
        </div>
        <button type="submit" disabled={change.isPending}>
          {t('responses.save')}
        </button>
      </form>
      {change.error && <FormMessage kind="error">{change.error.message}</FormMessage>}
    </article>
  );
}
