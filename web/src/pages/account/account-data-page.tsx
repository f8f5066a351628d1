import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useSignedIn } from '../../auth/use-me';
import { session } from '../../auth/session-store';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatNumber } from '../../i18n';
import { downloadExport, type ExportAnnounce } from './download-export';

/** A size as people read it: kilobytes under a megabyte, then megabytes with one decimal. */
function useSize() {
  const { t } = useTranslation();
  return (bytes: number) =>
    bytes < 1_048_576
      ? t('personalData.kilobytes', { value: formatNumber(Math.max(1, Math.round(bytes / 1024))) })
      : t('personalData.megabytes', { value: formatNumber(Math.round((bytes / 1_048_576) * 10) / 10) });
}

/** "Mes données", for any signed-in user: download everything, or delete the account. */
export function AccountDataPage() {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const [deleted, setDeleted] = useState(false);
  if (deleted) {
    return (
      <section className="card narrow">
        <h1>{t('personalData.title')}</h1>
        <FormMessage kind="ok">{t('personalData.deleted')}</FormMessage>
      </section>
    );
  }
  if (!signedIn) return <Navigate to="/" replace />;
  return (
    <section className="card narrow">
      <h1>{t('personalData.title')}</h1>
      <p>{t('personalData.intro')}</p>
      <ExportSection />
      <DeleteSection onDeleted={() => setDeleted(true)} />
    </section>
  );
}

function ExportSection() {
  const { t } = useTranslation();
  const size = useSize();
  const [announce, setAnnounce] = useState<ExportAnnounce | null>(null);
  const [received, setReceived] = useState<number | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  async function start() {
    setState('busy');
    setAnnounce(null);
    setReceived(0);
    try {
      await downloadExport(setAnnounce, setReceived);
      setState('done');
    } catch {
      setState('failed');
    }
  }
  return (
    <div>
      <h2>{t('personalData.exportTitle')}</h2>
      <p>{t('personalData.exportIntro')}</p>
      <button type="button" onClick={() => void start()} disabled={state === 'busy'}>
        {t('personalData.exportButton')}
      </button>
      <div aria-live="polite">
        {announce && (
          <p>{t('personalData.exportAnnounced', { count: announce.documents, size: size(announce.documentBytes) })}</p>
        )}
        {state === 'busy' && received !== null && (
          <p role="status">{t('personalData.exportProgress', { received: size(received) })}</p>
        )}
        {state === 'done' && <FormMessage kind="ok">{t('personalData.exportDone')}</FormMessage>}
        {state === 'failed' && <FormMessage kind="error">{t('app.error')}</FormMessage>}
      </div>
    </div>
  );
}

function DeleteSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(
      async () => {
        await call(api.DELETE('/me', { body: { password } }));
        session.clear();
        onDeleted();
      },
      (error) => {
        const code = error.problem.code;
        return code && code in ERROR_KEYS ? t(`personalData.errors.${code as keyof typeof ERROR_KEYS}`) : null;
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2>{t('personalData.deleteTitle')}</h2>
      <p>{t('personalData.deleteIntro')}</p>
      <TextField
        label={t('personalData.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <label>
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
        {t('personalData.confirm')}
      </label>
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      <button type="submit" className="danger" disabled={busy || !confirmed || password === ''}>
        {t('personalData.deleteButton')}
      </button>
    </form>
  );
}

const ERROR_KEYS = { password_incorrect: true, internship_running: true, last_company_contact: true };
