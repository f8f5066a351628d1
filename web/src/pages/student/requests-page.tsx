import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { uploadDocument } from '../../api/upload';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

/** "Mes demandes de stage": write one, attach the CV (with progress), publish or hide it. */
export function RequestsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const requests = useQuery({ queryKey: ['my-requests'], queryFn: () => call(api.GET('/requests/mine')) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['my-requests'] });
  const [form, setForm] = useState({ title: '', message: '', keywords: '', countries: 'TN', cities: '' });
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const list = (text: string) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);

  function onCreate(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.POST('/requests', {
          body: {
            title: form.title,
            message: form.message,
            keywords: list(form.keywords),
            wantedCountries: list(form.countries).map((c) => c.toUpperCase()),
            wantedCities: list(form.cities),
            visibleToCompanies: true,
          },
        }),
      );
      setForm({ ...form, title: '', message: '', keywords: '' });
      await refresh();
    });
  }

  return (
    <section>
      <h1>{t('student.requests')}</h1>
      <ul className="cards">
        {requests.data?.items.map((request) => (
          <li key={request.id}>
            <RequestCard request={request} onChange={refresh} />
          </li>
        ))}
      </ul>
      <form onSubmit={onCreate} noValidate className="card">
        <h2>{t('student.newRequest')}</h2>
        <TextField
          label={t('student.title')}
          value={form.title}
          onChange={(x) => setForm({ ...form, title: x.target.value })}
          error={e.title}
        />
        <div className="field">
          <label htmlFor="request-message">{t('student.message')}</label>
          <textarea
            id="request-message"
            rows={4}
            value={form.message}
            onChange={(x) => setForm({ ...form, message: x.target.value })}
          />
          {e.message && (
            <p className="field-error" role="alert">
              {e.message}
            </p>
          )}
        </div>
        <TextField
          label={t('student.keywords')}
          value={form.keywords}
          onChange={(x) => setForm({ ...form, keywords: x.target.value })}
          error={e.keywords}
        />
        <TextField
          label={t('student.countries')}
          value={form.countries}
          onChange={(x) => setForm({ ...form, countries: x.target.value })}
          error={e.wantedCountries}
        />
        <TextField
          label={t('student.cities')}
          value={form.cities}
          onChange={(x) => setForm({ ...form, cities: x.target.value })}
          error={e.wantedCities}
        />
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('student.create')}
        </button>
      </form>
    </section>
  );
}

function RequestCard({ request, onChange }: { request: Schemas['RequestView']; onChange: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (action: 'publish' | 'unpublish') =>
      call(api.POST(`/requests/{id}/${action}`, { params: { path: { id: request.id } } })),
    onSuccess: onChange,
  });

  async function onFile(kind: 'cv' | 'letter', file: File | undefined) {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await uploadDocument(request.id, kind, file, setProgress);
      setUploaded(file.name);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setProgress(null);
    }
  }

  return (
    <article className="card" data-request={request.id}>
      <h2>{request.title}</h2>
      <p>
        {t('offers.status')} : <span data-status>{request.status}</span>
      </p>
      <div className="field">
        <label htmlFor={`cv-${request.id}`}>{t('student.uploadCv')}</label>
        <input
          id={`cv-${request.id}`}
          type="file"
          accept="application/pdf"
          onChange={(x) => void onFile('cv', x.target.files?.[0])}
        />
      </div>
      <div className="field">
        <label htmlFor={`letter-${request.id}`}>{t('student.uploadLetter')}</label>
        <input
          id={`letter-${request.id}`}
          type="file"
          accept="application/pdf"
          onChange={(x) => void onFile('letter', x.target.files?.[0])}
        />
      </div>
      {progress !== null && <progress max={1} value={progress} aria-label={t('student.uploading')} />}
      {uploaded && <FormMessage kind="ok">{t('student.uploaded', { name: uploaded })}</FormMessage>}
      {error && <FormMessage kind="error">{error}</FormMessage>}
      {act.error && <FormMessage kind="error">{act.error.message}</FormMessage>}
      <div className="actions">
        {request.status !== 'published' && (
          <button type="button" onClick={() => act.mutate('publish')}>
            {t('student.publish')}
          </button>
        )}
        {request.status === 'published' && (
          <button type="button" onClick={() => act.mutate('unpublish')}>
            {t('student.hide')}
          </button>
        )}
      </div>
    </article>
  );
}
