import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type FormValues = ReturnType<typeof emptyForm>;

const emptyForm = () => ({
  title: '',
  internshipType: '',
  mission: '',
  durationWeeks: '16',
  startDate: inDays(90),
  city: '',
  countryCode: 'TN',
  position: '',
  places: '1',
  applicationDeadline: inDays(60),
  targeting: 'open' as 'open' | 'country',
  targetCountryCode: '',
  skills: '',
});

/** The form's values of a saved offer (edit mode). */
function formOf(offer: Schemas['OfferView']): FormValues {
  return {
    title: offer.title,
    internshipType: offer.internshipType,
    mission: offer.mission,
    durationWeeks: String(offer.durationWeeks),
    startDate: offer.startDate,
    city: offer.city,
    countryCode: offer.countryCode,
    position: offer.position,
    places: String(offer.places),
    applicationDeadline: offer.applicationDeadline.slice(0, 10),
    targeting: offer.target.targeting === 'country' ? 'country' : 'open',
    targetCountryCode: offer.target.countryCode ?? '',
    skills: offer.skills.join(', '),
  };
}

/** The API fields whose form value differs from the saved offer's (targeting carries its country with it). */
function changedFields(initial: FormValues, form: FormValues): Set<string> {
  const keys = (Object.keys(form) as (keyof FormValues)[]).filter((key) => form[key] !== initial[key]);
  const out = new Set<string>(keys);
  if (out.has('targetCountryCode')) out.add('targeting');
  if (out.has('targeting')) out.add('targetCountryCode');
  return out;
}

/**
 * A new offer with its targeting ("offre ciblée") and the wanted profile, saved as a draft and published from the
 * list; with an :offerId in the path, the same form edits that offer (PATCH, the change lands in its history).
 */
export function OfferFormPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { offerId } = useParams();
  const offer = useQuery({
    queryKey: ['offer', offerId],
    enabled: Boolean(offerId),
    queryFn: () => call(api.GET('/offers/{id}', { params: { path: { id: offerId! } } })),
  });
  if (!offerId) return <OfferForm companyId={companyId} initial={emptyForm()} />;
  if (offer.error) return <FormMessage kind="error">{offer.error.message}</FormMessage>;
  if (!offer.data) return <p role="status">{t('app.loading')}</p>;
  return <OfferForm companyId={companyId} offerId={offerId} initial={formOf(offer.data)} />;
}

function OfferForm({ companyId, offerId, initial }: { companyId: string; offerId?: string; initial: FormValues }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = useQuery({
    queryKey: ['internship-types', i18n.language],
    queryFn: () => call(api.GET('/reference/internship-types')),
  });
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      const body = {
        title: form.title,
        internshipType: form.internshipType,
        mission: form.mission,
        durationWeeks: Number(form.durationWeeks),
        startDate: form.startDate,
        city: form.city,
        countryCode: form.countryCode,
        position: form.position,
        places: Number(form.places),
        applicationDeadline: new Date(`${form.applicationDeadline}T23:59:00`).toISOString(),
        targeting: form.targeting,
        targetCountryCode: form.targeting === 'country' ? form.targetCountryCode : undefined,
        skills: form.skills
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
      if (offerId) {
        // Only what the contact changed: the history then shows real changes, and an untouched deadline keeps its hour.
        const changed = Object.fromEntries(
          Object.entries(body).filter(([key]) => changedFields(initial, form).has(key)),
        );
        await call(api.PATCH('/offers/{id}', { params: { path: { id: offerId } }, body: changed }));
        await queryClient.invalidateQueries({ queryKey: ['offer', offerId] });
      } else {
        await call(api.POST('/companies/{companyId}/offers', { params: { path: { companyId } }, body }));
      }
      await queryClient.invalidateQueries({ queryKey: ['company-offers', companyId] });
      navigate(offerId ? `/company/offers/${offerId}/history` : '/company/offers');
    });
  }

  return (
    <section className="card">
      <h1>{offerId ? t('contact.editTitle') : t('offers.create')}</h1>
      <form onSubmit={onSubmit} noValidate className="grid-form">
        <TextField
          label={t('offers.offerTitle')}
          value={form.title}
          onChange={(x) => set({ title: x.target.value })}
          error={e.title}
        />
        <SelectField
          label={t('offers.internshipType')}
          value={form.internshipType}
          onChange={(x) => set({ internshipType: x.target.value })}
          error={e.internshipType}
        >
          <option value="">{t('signup.choose')}</option>
          {types.data?.map((type) => (
            <option key={type.code} value={type.code}>
              {type.label}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="offer-mission">{t('offers.mission')}</label>
          <textarea
            id="offer-mission"
            rows={5}
            value={form.mission}
            onChange={(x) => set({ mission: x.target.value })}
            aria-invalid={e.mission ? true : undefined}
            aria-describedby={e.mission ? 'offer-mission-error' : undefined}
          />
          {e.mission && (
            <p id="offer-mission-error" className="field-error" role="alert">
              {e.mission}
            </p>
          )}
        </div>
        <TextField
          label="Poste / Position"
          value={form.position}
          onChange={(x) => set({ position: x.target.value })}
          error={e.position}
        />
        <TextField
          label="Compétences (séparées par des virgules) / Skills"
          value={form.skills}
          onChange={(x) => set({ skills: x.target.value })}
          error={e.skills}
        />
        <TextField
          label={t('offers.durationWeeks')}
          type="number"
          min={1}
          max={52}
          value={form.durationWeeks}
          onChange={(x) => set({ durationWeeks: x.target.value })}
          error={e.durationWeeks}
        />
        <TextField
          label={t('offers.startDate')}
          type="date"
          value={form.startDate}
          onChange={(x) => set({ startDate: x.target.value })}
          error={e.startDate}
        />
        <TextField
          label={t('offers.city')}
          value={form.city}
          onChange={(x) => set({ city: x.target.value })}
          error={e.city}
        />
        <TextField
          label={t('offers.countryCode')}
          value={form.countryCode}
          onChange={(x) => set({ countryCode: x.target.value.toUpperCase() })}
          error={e.countryCode}
        />
        <TextField
          label={t('offers.places')}
          type="number"
          min={1}
          value={form.places}
          onChange={(x) => set({ places: x.target.value })}
          error={e.places}
        />
        <TextField
          label={t('offers.deadline')}
          type="date"
          value={form.applicationDeadline}
          onChange={(x) => set({ applicationDeadline: x.target.value })}
          error={e.applicationDeadline}
        />
        <SelectField
          label={t('offers.targeting')}
          value={form.targeting}
          onChange={(x) => set({ targeting: x.target.value as 'open' | 'country' })}
          error={e.targeting}
        >
          <option value="open">{t('offers.targetingOpen')}</option>
          <option value="country">{t('offers.targetingCountry')}</option>
        </SelectField>
        {form.targeting === 'country' && (
          <TextField
            label={t('offers.targetCountry')}
            value={form.targetCountryCode}
            onChange={(x) => set({ targetCountryCode: x.target.value.toUpperCase() })}
            error={e.targetCountryCode}
          />
        )}
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('offers.save')}
        </button>
      </form>
    </section>
  );
}
