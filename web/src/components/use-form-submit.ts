import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Runs a submit, keeping the API's field errors and its general message for display next to the form. */
export function useFormSubmit() {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Keyboard and screen-reader users land on the first field the API refused, its message read with it.
  useEffect(() => {
    if (Object.keys(fieldErrors).length > 0) document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  async function submit(action: () => Promise<void>, messageFor?: (error: ApiError) => string | null) {
    setBusy(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError) {
        setFieldErrors(error.fieldErrors());
        setFormError(messageFor?.(error) ?? error.message);
      } else {
        setFormError(t('app.error'));
      }
    } finally {
      setBusy(false);
    }
  }
  return { submit, fieldErrors, formError, busy };
}
