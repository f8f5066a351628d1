import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { FormMessage, SelectField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { PersonFields, usePerson } from './person-fields';

export function SignupStudentPage() {
  const { t, i18n } = useTranslation();
  const [person, setPerson] = usePerson();
  const [universityId, setUniversityId] = useState('');
  const [programmeId, setProgrammeId] = useState('');
  const [studyYear, setStudyYear] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();

  const universities = useQuery({ queryKey: ['universities'], queryFn: () => call(api.GET('/universities')) });
  const programmes = useQuery({
    queryKey: ['programmes', universityId],
    enabled: Boolean(universityId),
    queryFn: () => call(api.GET('/universities/{id}/programmes', { params: { path: { id: universityId } } })),
  });
  const years = useQuery({
    queryKey: ['study-years', i18n.language],
    queryFn: () => call(api.GET('/reference/study-years')),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.POST('/auth/register/student', {
          body: {
            ...person,
            locale: i18n.language === 'en' ? 'en' : 'fr',
            programmeId,
            studyYear: Number(studyYear) || 0,
          },
        }),
      );
      setSentTo(person.email);
    });
  }

  if (sentTo)
    return (
      <section className="card narrow">
        <FormMessage kind="ok">{t('signup.sent', { email: sentTo })}</FormMessage>
      </section>
    );
  return (
    <section className="card narrow">
      <h1>{t('signup.studentTitle')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <PersonFields value={person} onChange={setPerson} errors={fieldErrors} />
        <SelectField
          label={t('signup.university')}
          value={universityId}
          onChange={(e) => {
            setUniversityId(e.target.value);
            setProgrammeId('');
          }}
        >
          <option value="">{t('signup.choose')}</option>
          {universities.data?.items.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signup.programme')}
          value={programmeId}
          onChange={(e) => setProgrammeId(e.target.value)}
          error={fieldErrors.programmeId}
        >
          <option value="">{t('signup.choose')}</option>
          {programmes.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signup.studyYear')}
          value={studyYear}
          onChange={(e) => setStudyYear(e.target.value)}
          error={fieldErrors.studyYear}
        >
          <option value="">{t('signup.choose')}</option>
          {years.data?.map((y) => (
            <option key={y.code} value={y.code}>
              {y.label}
            </option>
          ))}
        </SelectField>
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('signup.submit')}
        </button>
      </form>
    </section>
  );
}
