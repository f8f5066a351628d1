import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { session } from '../auth/session-store';
import { useSignedIn } from '../auth/use-me';
import { LANGUAGES } from '../i18n';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function logout() {
    await api.POST('/auth/logout').catch(() => undefined);
    session.clear();
    queryClient.clear();
    navigate('/');
  }

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="top-actions">
          <label>
            <span className="visually-hidden">{t('app.language')}</span>
            <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
              {LANGUAGES.map((lng) => (
                <option key={lng} value={lng}>
                  {lng.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          {signedIn && (
            <Link to="/account/data" className="top-link">
              {t('personalData.title')}
            </Link>
          )}
          {signedIn && (
            <button type="button" onClick={() => void logout()}>
              {t('app.logout')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
