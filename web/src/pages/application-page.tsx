import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call, type Schemas } from '../api/client';
import { openDocument } from '../api/documents';
import { FormMessage } from '../components/field';
import { useFormSubmit } from '../components/use-form-submit';
import { formatDate } from '../i18n';

type ApplicationEvent = Schemas['ApplicationEventView'];
const formatDateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** One application, for its student or the offer's company: status, response deadline, documents and the messages thread. */
export function ApplicationPage({ backTo }: { backTo: string }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const application = useQuery({
    queryKey: ['application', id],
    queryFn: () => call(api.GET('/applications/{id}', { params: { path: { id } } })),
  });
  const events = useQuery({
    queryKey: ['application-events', id],
    queryFn: () => call(api.GET('/applications/{id}/events', { params: { path: { id }, query: { limit: 100 } } })),
  });
  const [message, setMessage] = useState('');
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: () => call(api.POST('/applications/{id}/messages', { params: { path: { id } }, body: { message } })),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    void submit(async () => {
      await send.mutateAsync();
      setMessage('');
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: ['application-events', id] });
    });
  }

  if (application.error) return <FormMessage kind="error">{application.error.message}</FormMessage>;
  const data = application.data;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const student = [data.student.civility, data.student.firstName, data.student.lastName].filter(Boolean).join(' ');
  return (
    <section className="application-page" data-application={data.id}>
      <p>
        <Link to={backTo}>{t('thread.back')}</Link>
      </p>
      <h1>{t('thread.title', { title: data.offer.title })}</h1>
      <div className="card">
        <p>{t('thread.from', { name: student, company: data.offer.companyName })}</p>
        <p>
          {t('thread.status')} : <span data-status>{t(`responses.status.${data.status}`)}</span> —{' '}
          {t('thread.sentOn', { date: formatDate(data.createdAt) })}
        </p>
        <p data-respond-by>
          {data.respondedAt
            ? t('thread.respondedAt', { date: formatDate(data.respondedAt) })
            : t('thread.respondBy', { date: formatDate(data.respondBy) })}
        </p>
        {data.message && <p className="message-text">{data.message}</p>}
        {data.documents.length > 0 && (
          <p className="doc-links" aria-label={t('thread.documents')}>
            {data.documents.map((doc) => (
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
        )}
      </div>
      <h2 id="thread-title">{t('thread.messages')}</h2>
      {events.data?.items.length === 0 && <p>{t('thread.none')}</p>}
      <ol className="thread" aria-labelledby="thread-title">
        {events.data?.items.map((event) => (
          <ThreadItem key={event.id} event={event} language={i18n.language} />
        ))}
      </ol>
      <form onSubmit={onSubmit} noValidate className="card">
        <div className="field">
          <label htmlFor="thread-message">{t('thread.write')}</label>
          <textarea
            id="thread-message"
            rows={4}
            value={message}
            onChange={(x) => setMessage(x.target.value)}
            aria-invalid={fieldErrors.message ? true : undefined}
            aria-describedby={fieldErrors.message ? 'thread-message-error' : undefined}
          />
          {fieldErrors.message && (
            <p id="thread-message-error" className="field-error" role="alert">
              {fieldErrors.message}
            </p>
          )}
        </div>
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        {sent && <FormMessage kind="ok">{t('thread.sent')}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('thread.send')}
        </button>
      </form>
    </section>
  );
}

function ThreadItem({ event, language }: { event: ApplicationEvent; language: string }) {
  const { t } = useTranslation();
  return (
    <li className={`thread-item thread-${event.kind}`} data-kind={event.kind}>
      <p className="muted">
        <strong>{t(`thread.kinds.${event.kind}`)}</strong> — {event.actorName ?? t('thread.platform')} —{' '}
        <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
      </p>
      {event.kind === 'status_changed' && event.fromStatus && event.toStatus && (
        <p>
          {t('thread.statusChange', {
            from: t(`responses.status.${event.fromStatus}`),
            to: t(`responses.status.${event.toStatus}`),
          })}
        </p>
      )}
      {event.message && <p className="message-text">{event.message}</p>}
    </li>
  );
}
