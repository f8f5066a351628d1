import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { FormMessage } from '../../components/field';

/** Opened from the sign-up e-mail: /verify-email?token=… confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const verify = useMutation({ mutationFn: () => call(api.POST('/auth/verify-email', { body: { token } })) });
  const { mutate } = verify;
  useEffect(() => mutate(), [mutate]);

  return (
    <section className="card narrow">
      <h1>{t('verify.title')}</h1>
      {verify.isPending && <p role="status">{t('verify.pending')}</p>}
      {verify.isSuccess && (
        <FormMessage kind="ok">
          {t('verify.done')} <Link to="/">{t('home.login')}</Link>
        </FormMessage>
      )}
      {verify.isError && <FormMessage kind="error">{t('verify.failed')}</FormMessage>}
    </section>
  );
}
