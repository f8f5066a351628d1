import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { Pager } from '../../components/pager';
import { useFormSubmit } from '../../components/use-form-submit';
import { ProgrammesPanel } from './programmes-panel';

const PAGE = 20;

/** Universities (found by name, paged), a new one, and for each its programmes with their managers. */
export function UniversitiesPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const universities = useQuery({
    queryKey: ['universities', name, offset],
    queryFn: () =>
      call(api.GET('/universities', { params: { query: { name: name || undefined, limit: PAGE, offset } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <section>
      <h1>{t('admin.universities')}</h1>
      <form
        className="inline-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setOffset(0);
          setName(text.trim());
        }}
      >
        <TextField
          label={t('admin.findUniversity')}
          type="search"
          value={text}
          onChange={(x) => setText(x.target.value)}
        />
        <button type="submit">{t('admin.filter')}</button>
      </form>
      {universities.error && <FormMessage kind="error">{universities.error.message}</FormMessage>}
      <ul className="cards">
        {universities.data?.items.map((university) => (
          <li key={university.id} className="card" data-university={university.id}>
            <h2>{university.name}</h2>
            <p>
              {university.city} ({university.countryCode})
            </p>
            <button
              type="button"
              aria-expanded={open === university.id}
              aria-controls={`programmes-${university.id}`}
              onClick={() => setOpen(open === university.id ? null : university.id)}
            >
              {open === university.id ? t('admin.hide') : t('admin.show')}
            </button>
            <div id={`programmes-${university.id}`}>
              {open === university.id && <ProgrammesPanel university={university} />}
            </div>
          </li>
        ))}
      </ul>
      {universities.data && <Pager total={universities.data.total} limit={PAGE} offset={offset} onChange={setOffset} />}
      <NewUniversityForm
        onCreated={(university) => {
          setText(university.name);
          setName(university.name);
          setOffset(0);
          setOpen(university.id);
        }}
      />
    </section>
  );
}

function NewUniversityForm({ onCreated }: { onCreated: (university: Schemas['UniversityDto']) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', countryCode: 'TN', city: '' });
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const university = await call(api.POST('/universities', { body: form }));
      setForm({ name: '', countryCode: 'TN', city: '' });
      await queryClient.invalidateQueries({ queryKey: ['universities'] });
      await queryClient.invalidateQueries({ queryKey: ['universities-all'] });
      onCreated(university);
    });
  }

  return (
    <section className="card" aria-labelledby="new-university">
      <h2 id="new-university">{t('admin.newUniversity')}</h2>
      <form onSubmit={onSubmit} noValidate className="grid-form">
        <TextField
          label={t('admin.universityName')}
          value={form.name}
          onChange={(x) => set({ name: x.target.value })}
          error={e.name}
        />
        <TextField
          label={t('admin.countryCode')}
          value={form.countryCode}
          maxLength={2}
          onChange={(x) => set({ countryCode: x.target.value.toUpperCase() })}
          error={e.countryCode}
        />
        <TextField
          label={t('admin.city')}
          value={form.city}
          onChange={(x) => set({ city: x.target.value })}
          error={e.city}
        />
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('admin.add')}
        </button>
      </form>
    </section>
  );
}
