import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { safeNext } from '../../auth/require-login';
import { session } from '../../auth/session-store';
import { useMe } from '../../auth/use-me';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

/** Where each role lands after log-in. */
export function homeOf(role: string): string {
  if (role === 'company_contact') return '/company';
  if (role === 'academic_tutor' || role === 'year_manager' || role === 'programme_manager') return '/academic';
  if (role === 'admin') return '/admin';
  return role === 'student' ? '/student' : '/';
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  // A page behind the log-in (an e-mailed link) sent the visitor here: back to it afterwards.
  const next = safeNext(useSearchParams()[0].get('next'));
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { submit, fieldErrors, formError, busy } = useFormSubmit();

  if (me.data && (next || homeOf(me.data.role) !== '/')) return <Navigate to={next ?? homeOf(me.data.role)} replace />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(
      async () => {
        session.save(await call(api.POST('/auth/login', { body: { email, password } })));
        const user = await queryClient.fetchQuery({ queryKey: ['me', true], queryFn: () => call(api.GET('/me')) });
        navigate(next ?? homeOf(user.role));
      },
      (error) => (error.status === 401 ? t('home.badLogin') : null),
    );
  }

  return (
    <div className="home">
      <section>
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <ul className="links">
          <li>
            <Link to="/signup/student">{t('home.signupStudent')}</Link>
          </li>
          <li>
            <Link to="/signup/company">{t('home.signupCompany')}</Link>
          </li>
          <li>
            <Link to="/labels">{t('home.verifyLabel')}</Link>
          </li>
        </ul>
      </section>
      {!me.data && (
        <section className="card" aria-labelledby="login-title">
          <h2 id="login-title">{t('home.login')}</h2>
          <form onSubmit={onSubmit} noValidate>
            <TextField
              label={t('home.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldErrors.email}
              required
            />
            <TextField
              label={t('home.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors.password}
              required
            />
            {formError && <FormMessage kind="error">{formError}</FormMessage>}
            <button type="submit" disabled={busy}>
              {t('home.submit')}
            </button>
          </form>
          <p>
            <Link to="/forgot-password">{t('home.forgot')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
