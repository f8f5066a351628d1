import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { PersonFields, usePerson } from './person-fields';

type CompanySummary = Schemas['CompanySummaryDto'];

/** "Déjà inscrite ?": look the company up first, then join it or register a new one with the contact. */
export function SignupCompanyPage() {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [found, setFound] = useState<CompanySummary[] | null>(null);
  const [joining, setJoining] = useState<CompanySummary | null>(null);
  const [creating, setCreating] = useState(false);
  const [company, setCompany] = useState({ name: '', registrationNumber: '', countryCode: 'TN', city: '' });
  const [person, setPerson] = usePerson();
  const [extra, setExtra] = useState({ jobTitle: '', phone: '' });
  const [done, setDone] = useState<{ email: string; pending: boolean } | null>(null);
  const lookup = useFormSubmit();
  const register = useFormSubmit();

  function onLookup(event: FormEvent) {
    event.preventDefault();
    void lookup.submit(async () => {
      const page = await call(api.GET('/companies/lookup', { params: { query: { name } } }));
      setFound(page.items);
      setCompany((c) => ({ ...c, name }));
    });
  }

  function onRegister(event: FormEvent) {
    event.preventDefault();
    void register.submit(async () => {
      const registered = await call(
        api.POST('/auth/register/company-contact', {
          body: {
            ...person,
            locale: i18n.language === 'en' ? 'en' : 'fr',
            jobTitle: extra.jobTitle || undefined,
            phone: extra.phone || undefined,
            ...(joining
              ? { companyId: joining.id }
              : { company: { ...company, registrationNumber: company.registrationNumber || undefined } }),
          },
        }),
      );
      setDone({
        email: person.email,
        pending: (registered.company as { membershipStatus?: string } | undefined)?.membershipStatus === 'pending',
      });
    });
  }

  if (done) {
    return (
      <section className="card narrow">
        <FormMessage kind="ok">
          {t('signup.sent', { email: done.email })}
          {done.pending && ` ${t('signup.pending')}`}
        </FormMessage>
      </section>
    );
  }
  const errors = register.fieldErrors;
  return (
    <section className="card narrow">
      <h1>{t('signup.companyTitle')}</h1>
      {!joining && !creating && (
        <form onSubmit={onLookup} noValidate aria-labelledby="lookup-title">
          <h2 id="lookup-title">{t('signup.lookupTitle')}</h2>
          <TextField
            label={t('signup.companyName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={lookup.fieldErrors.name}
          />
          {lookup.formError && <FormMessage kind="error">{lookup.formError}</FormMessage>}
          <button type="submit" disabled={lookup.busy}>
            {t('signup.lookup')}
          </button>
          {found && (
            <div aria-live="polite">
              {found.length === 0 ? (
                <p>{t('signup.noneFound')}</p>
              ) : (
                <ul className="links">
                  {found.map((c) => (
                    <li key={c.id}>
                      <button type="button" className="link" onClick={() => setJoining(c)}>
                        {t('signup.join', { name: `${c.name} (${c.city})` })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <button type="button" onClick={() => setCreating(true)}>
                {t('signup.createCompany')}
              </button>
            </div>
          )}
        </form>
      )}
      {(joining || creating) && (
        <form onSubmit={onRegister} noValidate>
          {joining ? (
            <p>{t('signup.joining', { name: joining.name })}</p>
          ) : (
            <fieldset>
              <legend>{t('signup.createCompany')}</legend>
              <TextField
                label={t('signup.companyName')}
                value={company.name}
                onChange={(e) => setCompany({ ...company, name: e.target.value })}
                error={errors['company.name']}
              />
              <TextField
                label={t('signup.registrationNumber')}
                value={company.registrationNumber}
                onChange={(e) => setCompany({ ...company, registrationNumber: e.target.value })}
                error={errors['company.registrationNumber']}
              />
              <TextField
                label={t('signup.country')}
                value={company.countryCode}
                onChange={(e) => setCompany({ ...company, countryCode: e.target.value.toUpperCase() })}
                error={errors['company.countryCode']}
              />
              <TextField
                label={t('signup.city')}
                value={company.city}
                onChange={(e) => setCompany({ ...company, city: e.target.value })}
                error={errors['company.city']}
              />
            </fieldset>
          )}
          <button
            type="button"
            className="link"
            onClick={() => {
              setJoining(null);
              setCreating(false);
            }}
          >
            {t('signup.changeCompany')}
          </button>
          <PersonFields value={person} onChange={setPerson} errors={errors} />
          <TextField
            label={t('signup.jobTitle')}
            value={extra.jobTitle}
            onChange={(e) => setExtra({ ...extra, jobTitle: e.target.value })}
            error={errors.jobTitle}
          />
          <TextField
            label={t('signup.phone')}
            type="tel"
            value={extra.phone}
            onChange={(e) => setExtra({ ...extra, phone: e.target.value })}
            error={errors.phone}
          />
          {register.formError && <FormMessage kind="error">{register.formError}</FormMessage>}
          <button type="submit" disabled={register.busy}>
            {t('signup.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
