import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(api.POST('/auth/password/forgot', { body: { email } }));
      setSent(true);
    });
  }
  return (
    <section className="card narrow">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <FormMessage kind="ok">{t('forgot.sent')}</FormMessage>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('forgot.intro')}</p>
          <TextField
            label={t('home.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldErrors.email}
          />
          {formError && <FormMessage kind="error">{formError}</FormMessage>}
          <button type="submit" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
