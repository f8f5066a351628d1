import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

/** Opened from the "mot de passe oublié" e-mail: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(api.POST('/auth/password/reset', { body: { token: token ?? '', password } }));
      setDone(true);
    });
  }
  return (
    <section className="card narrow">
      <h1>{t('reset.title')}</h1>
      {!token && <FormMessage kind="error">{t('reset.noToken')}</FormMessage>}
      {done ? (
        <FormMessage kind="ok">
          {t('reset.done')} <Link to="/">{t('home.login')}</Link>
        </FormMessage>
      ) : (
        token && (
          <form onSubmit={onSubmit} noValidate>
            <TextField
              label={t('reset.password')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors.password}
            />
            {formError && <FormMessage kind="error">{formError}</FormMessage>}
            <button type="submit" disabled={busy}>
              {t('reset.submit')}
            </button>
          </form>
        )
      )}
    </section>
  );
}
