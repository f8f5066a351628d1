import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { openDocument } from '../../api/documents';
import { session } from '../../auth/session-store';
import { FormMessage } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate } from '../../i18n';

type Agreement = Schemas['AgreementView'];

/**
 * The agreement ("convention de stage"): versions, each party's signature, PDF and scan. Issuing, reminding and
 * uploading the scan are the programme manager's (the API's MANAGERS); the others read.
 */
export function AgreementSection({ internship, manages }: { internship: Schemas['InternshipView']; manages: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agreement = useQuery({
    queryKey: ['agreement', internship.id],
    retry: false,
    queryFn: async () => {
      try {
        return await call(api.GET('/internships/{id}/agreement', { params: { path: { id: internship.id } } }));
      } catch (error) {
        // Not issued yet: a normal state, not an error.
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  const action = useFormSubmit();
  const [message, setMessage] = useState<string | null>(null);
  // Someone the API does not let read the agreement (a host contact who is not the tutor) sees no section.
  if (agreement.error instanceof ApiError && agreement.error.status === 403) return null;
  const show = (view: Agreement, text: string) => {
    queryClient.setQueryData(['agreement', internship.id], view);
    void queryClient.invalidateQueries({ queryKey: ['internship', internship.id] });
    setMessage(text);
  };
  const issue = () =>
    action.submit(async () =>
      show(
        await call(api.POST('/internships/{id}/agreement', { params: { path: { id: internship.id } } })),
        t('academic.agreement.issued'),
      ),
    );
  const remind = () =>
    action.submit(async () =>
      show(
        await call(api.POST('/internships/{id}/agreement/reminders', { params: { path: { id: internship.id } } })),
        t('academic.agreement.reminded'),
      ),
    );
  const running = internship.status === 'in_progress' || internship.status === 'completed';

  return (
    <section className="card" aria-labelledby="agreement-title" data-agreement>
      <h2 id="agreement-title">{t('academic.agreement.title')}</h2>
      {agreement.isLoading && <p role="status">{t('app.loading')}</p>}
      {agreement.error && <FormMessage kind="error">{agreement.error.message}</FormMessage>}
      {agreement.data === null && (
        <>
          <p>{t('academic.agreement.notIssued')}</p>
          {manages && running && (
            <button type="button" disabled={action.busy} onClick={() => void issue()}>
              {t('academic.agreement.issue')}
            </button>
          )}
        </>
      )}
      {agreement.data &&
        [...agreement.data.versions]
          .reverse()
          .map((version) => (
            <Version
              key={version.id}
              internshipId={internship.id}
              version={version}
              current={version.version === agreement.data!.currentVersion}
            />
          ))}
      {agreement.data && manages && running && (
        <>
          {agreement.data.versions.at(-1)?.status === 'pending' && (
            <p>
              <button type="button" disabled={action.busy} onClick={() => void remind()}>
                {t('academic.agreement.remind')}
              </button>
            </p>
          )}
          {agreement.data.versions.at(-1)?.status === 'pending' && (
            <ScanUpload
              internshipId={internship.id}
              onDone={(view) => show(view, t('academic.agreement.scanUploaded'))}
            />
          )}
        </>
      )}
      {message && <FormMessage kind="ok">{message}</FormMessage>}
      {action.formError && <FormMessage kind="error">{action.formError}</FormMessage>}
    </section>
  );
}

function Version({
  internshipId,
  version,
  current,
}: {
  internshipId: string;
  version: Schemas['AgreementVersionView'];
  current: boolean;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const open = (what: 'pdf' | 'scan') =>
    openDocument(`/api/internships/${internshipId}/agreement/${what}?version=${version.version}`).catch(() =>
      setError(t('app.error')),
    );
  return (
    <div
      className={current ? 'version current' : 'version'}
      data-version={version.version}
      data-version-status={version.status}
    >
      <h3>
        {t('academic.agreement.version', { version: version.version })} — {t(`academic.agreement.kind.${version.kind}`)}
        , {t(`academic.agreement.versionStatus.${version.status}`)}
        {version.signedAt && ` ${t('academic.agreement.signedOn', { date: formatDate(version.signedAt) })}`}
      </h3>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('academic.agreement.signatures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('academic.agreement.partyColumn')}</th>
              <th scope="col">{t('academic.agreement.signer')}</th>
              <th scope="col">{t('academic.agreement.state')}</th>
            </tr>
          </thead>
          <tbody>
            {version.signatures.map((s) => (
              <tr key={s.party} data-signature={s.party} data-signature-status={s.status}>
                <th scope="row">{t(`academic.agreement.party.${s.party}`)}</th>
                <td>{s.signerName}</td>
                <td>
                  {t(`academic.agreement.signature.${s.status}`)}
                  {s.signedAt && ` ${t('academic.agreement.signedOn', { date: formatDate(s.signedAt) })}`}
                  {s.status === 'pending' && (
                    <span className="muted">
                      {' '}
                      ({t('academic.agreement.linkUntil', { date: formatDate(s.expiresAt) })})
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        <button type="button" className="link" onClick={() => void open('pdf')}>
          {t('academic.agreement.pdf')} ({version.version})
        </button>
        {version.hasScan && (
          <button type="button" className="link" onClick={() => void open('scan')}>
            {t('academic.agreement.scan')} ({version.version})
          </button>
        )}
      </p>
      {error && <FormMessage kind="error">{error}</FormMessage>}
    </div>
  );
}

/** The scanned signed copy: a PDF sent as multipart (the typed client does not build those). */
function ScanUpload({ internshipId, onDone }: { internshipId: string; onDone: (view: Agreement) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const form = new FormData();
      if (file) form.append('file', file);
      const token = await session.freshAccessToken();
      const response = await fetch(`/api/internships/${internshipId}/agreement/scan`, {
        method: 'POST',
        body: form,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiError(response.status, body);
      onDone(body as Agreement);
    });
  }
  return (
    <form onSubmit={onSubmit} className="inline-form" noValidate>
      <div className="field">
        <label htmlFor={id}>{t('academic.agreement.uploadScan')}</label>
        <input
          id={id}
          type="file"
          accept="application/pdf"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={fieldErrors.file ? true : undefined}
          aria-describedby={fieldErrors.file ? `${id}-error` : undefined}
        />
        {fieldErrors.file && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {fieldErrors.file}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy || !file}>
        {t('academic.agreement.sendScan')}
      </button>
      {formError && !fieldErrors.file && <FormMessage kind="error">{formError}</FormMessage>}
    </form>
  );
}
