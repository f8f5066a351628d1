import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/field';

export interface Person {
  civility?: 'M.' | 'Mme';
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export function usePerson() {
  return useState<Person>({ firstName: '', lastName: '', email: '', password: '' });
}

/** The fields every sign-up asks (PersonDto), with the API's messages under them. */
export function PersonFields({
  value,
  onChange,
  errors,
}: {
  value: Person;
  onChange: (next: Person) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Person>) => onChange({ ...value, ...patch });
  return (
    <>
      <SelectField
        label={t('signup.civility')}
        value={value.civility ?? ''}
        onChange={(e) => set({ civility: (e.target.value || undefined) as Person['civility'] })}
        error={errors.civility}
      >
        <option value="">—</option>
        <option value="Mme">Mme</option>
        <option value="M.">M.</option>
      </SelectField>
      <TextField
        label={t('signup.firstName')}
        autoComplete="given-name"
        value={value.firstName}
        onChange={(e) => set({ firstName: e.target.value })}
        error={errors.firstName}
      />
      <TextField
        label={t('signup.lastName')}
        autoComplete="family-name"
        value={value.lastName}
        onChange={(e) => set({ lastName: e.target.value })}
        error={errors.lastName}
      />
      <TextField
        label={t('signup.email')}
        type="email"
        autoComplete="email"
        value={value.email}
        onChange={(e) => set({ email: e.target.value })}
        error={errors.email}
      />
      <TextField
        label={t('signup.password')}
        type="password"
        autoComplete="new-password"
        value={value.password}
        onChange={(e) => set({ password: e.target.value })}
        error={errors.password}
      />
    </>
  );
}
