import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

const FIELDS = ['name', 'registrationNumber', 'naceDivision', 'countryCode', 'city', 'address', 'website'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** "Mon entreprise": the company's profile, as its contacts keep it up to date. */
export function CompanyProfilePage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const company = useQuery({
    queryKey: ['company', companyId],
    queryFn: () => call(api.GET('/companies/{id}', { params: { path: { id: companyId } } })),
  });
  if (company.error) return <FormMessage kind="error">{company.error.message}</FormMessage>;
  if (!company.data) return <p role="status">{t('app.loading')}</p>;
  return <CompanyForm company={company.data} />;
}

function valuesOf(company: Schemas['CompanyDto']): Values {
  return Object.fromEntries(FIELDS.map((field) => [field, company[field] ?? ''])) as Values;
}

function CompanyForm({ company }: { company: Schemas['CompanyDto'] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const divisions = useQuery({
    queryKey: ['nace-divisions', i18n.language],
    queryFn: () => call(api.GET('/reference/nace-divisions')),
  });
  const [saved, setSaved] = useState(valuesOf(company));
  const [form, setForm] = useState(saved);
  const [done, setDone] = useState(false);
  const set = (patch: Partial<Values>) => {
    setForm({ ...form, ...patch });
    setDone(false);
  };
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    void submit(async () => {
      // Only the changed fields: an optional field left empty is not sent as an empty value.
      const body = Object.fromEntries(
        FIELDS.filter((field) => form[field] !== saved[field]).map((field) => [field, form[field].trim()]),
      );
      const updated = await call(api.PATCH('/companies/{id}', { params: { path: { id: company.id } }, body }));
      queryClient.setQueryData(['company', company.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setSaved(valuesOf(updated));
      setForm(valuesOf(updated));
      setDone(true);
    });
  }

  return (
    <section className="card">
      <h1>{t('contact.companyTitle')}</h1>
      <p>
        {t('contact.approval')} : <strong data-approval>{t(`contact.approvalStatus.${company.approvalStatus}`)}</strong>
      </p>
      <form onSubmit={onSubmit} noValidate className="grid-form">
        <TextField
          label={t('contact.name')}
          value={form.name}
          onChange={(x) => set({ name: x.target.value })}
          error={e.name}
        />
        <TextField
          label={t('contact.registrationNumber')}
          value={form.registrationNumber}
          onChange={(x) => set({ registrationNumber: x.target.value })}
          error={e.registrationNumber}
        />
        <SelectField
          label={t('contact.naceDivision')}
          value={form.naceDivision}
          onChange={(x) => set({ naceDivision: x.target.value })}
          error={e.naceDivision}
        >
          <option value="">{t('signup.choose')}</option>
          {divisions.data?.map((division) => (
            <option key={division.code} value={division.code}>
              {division.code} — {division.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('contact.countryCode')}
          value={form.countryCode}
          maxLength={2}
          onChange={(x) => set({ countryCode: x.target.value.toUpperCase() })}
          error={e.countryCode}
        />
        <TextField
          label={t('contact.city')}
          value={form.city}
          onChange={(x) => set({ city: x.target.value })}
          error={e.city}
        />
        <TextField
          label={t('contact.address')}
          value={form.address}
          autoComplete="street-address"
          onChange={(x) => set({ address: x.target.value })}
          error={e.address}
        />
        <TextField
          label={t('contact.website')}
          type="url"
          value={form.website}
          autoComplete="url"
          onChange={(x) => set({ website: x.target.value })}
          error={e.website}
        />
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        {done && <FormMessage kind="ok">{t('contact.companySaved')}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('contact.save')}
        </button>
      </form>
    </section>
  );
}
