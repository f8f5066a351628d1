import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

type Me = Schemas['MeDto'];

/** "Mon profil": identity (PATCH /me) and schooling (PUT /me/schooling: university, programme, year, residence). */
export function ProfilePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('studentSpace.profileTitle')}</h1>
      <IdentityForm me={me} />
      {me.student && <SchoolingForm student={me.student} />}
    </section>
  );
}

function IdentityForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    civility: me.civility ?? '',
    firstName: me.firstName,
    lastName: me.lastName,
    locale: me.locale as string,
  });
  const [done, setDone] = useState(false);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const set = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    setDone(false);
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.PATCH('/me', {
          body: {
            civility: (form.civility || undefined) as 'M.' | 'Mme' | undefined,
            firstName: form.firstName,
            lastName: form.lastName,
            locale: form.locale as 'fr' | 'en',
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setDone(true);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card grid-form" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('studentSpace.identity')}</h2>
      <SelectField
        label={t('studentSpace.civility')}
        value={form.civility}
        onChange={(x) => set({ civility: x.target.value })}
        error={e.civility}
      >
        <option value="">{t('studentSpace.none')}</option>
        <option value="Mme">Mme</option>
        <option value="M.">M.</option>
      </SelectField>
      <TextField
        label={t('studentSpace.firstName')}
        autoComplete="given-name"
        value={form.firstName}
        onChange={(x) => set({ firstName: x.target.value })}
        error={e.firstName}
      />
      <TextField
        label={t('studentSpace.lastName')}
        autoComplete="family-name"
        value={form.lastName}
        onChange={(x) => set({ lastName: x.target.value })}
        error={e.lastName}
      />
      <SelectField
        label={t('studentSpace.locale')}
        value={form.locale}
        onChange={(x) => set({ locale: x.target.value })}
        error={e.locale}
      >
        <option value="fr">Français</option>
        <option value="en">English</option>
      </SelectField>
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      {done && <FormMessage kind="ok">{t('studentSpace.saved')}</FormMessage>}
      <button type="submit" disabled={busy}>
        {t('studentSpace.save')}
      </button>
    </form>
  );
}

function SchoolingForm({ student }: { student: NonNullable<Me['student']> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    universityId: student.universityId,
    programmeId: student.programmeId,
    studyYear: String(student.studyYear),
    residenceCountry: student.residenceCountry ?? '',
  });
  const [done, setDone] = useState(false);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const set = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    setDone(false);
  };
  const universities = useQuery({
    queryKey: ['universities-all'],
    queryFn: () => call(api.GET('/universities', { params: { query: { limit: 100 } } })),
  });
  const programmes = useQuery({
    queryKey: ['programmes', form.universityId],
    enabled: Boolean(form.universityId),
    queryFn: () =>
      call(
        api.GET('/universities/{id}/programmes', {
          params: { path: { id: form.universityId }, query: { limit: 100 } },
        }),
      ),
  });
  const years = useQuery({
    queryKey: ['study-years', i18n.language],
    queryFn: () => call(api.GET('/reference/study-years')),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.PUT('/me/schooling', {
          body: {
            programmeId: form.programmeId || undefined,
            studyYear: Number(form.studyYear) || undefined,
            residenceCountry: form.residenceCountry.trim() ? form.residenceCountry.trim() : undefined,
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setDone(true);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card grid-form" aria-labelledby="schooling-title">
      <h2 id="schooling-title">{t('studentSpace.schooling')}</h2>
      <SelectField
        label={t('studentSpace.university')}
        value={form.universityId}
        onChange={(x) => set({ universityId: x.target.value, programmeId: '' })}
      >
        {/* Their own university stays offered even beyond the first page of the list. */}
        {!universities.data?.items.some((u) => u.id === student.universityId) && (
          <option value={student.universityId}>{student.universityName}</option>
        )}
        {universities.data?.items.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('studentSpace.programme')}
        value={form.programmeId}
        onChange={(x) => set({ programmeId: x.target.value })}
        error={e.programmeId}
      >
        <option value="">{t('studentSpace.choose')}</option>
        {programmes.data?.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('studentSpace.studyYear')}
        value={form.studyYear}
        onChange={(x) => set({ studyYear: x.target.value })}
        error={e.studyYear}
      >
        {years.data?.map((year) => (
          <option key={year.code} value={year.code}>
            {year.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('studentSpace.residenceCountry')}
        value={form.residenceCountry}
        maxLength={2}
        onChange={(x) => set({ residenceCountry: x.target.value.toUpperCase() })}
        error={e.residenceCountry}
      />
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      {done && <FormMessage kind="ok">{t('studentSpace.saved')}</FormMessage>}
      <button type="submit" disabled={busy}>
        {t('studentSpace.save')}
      </button>
    </form>
  );
}
