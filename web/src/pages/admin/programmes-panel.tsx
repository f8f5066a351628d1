import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';

type Programme = Schemas['ProgrammeDto'];

/** One university's programmes: a new one, its programme manager and its year managers (staff of that university). */
export function ProgrammesPanel({ university }: { university: Schemas['UniversityDto'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const programmes = useQuery({
    queryKey: ['programmes', university.id],
    queryFn: () =>
      call(
        api.GET('/universities/{id}/programmes', { params: { path: { id: university.id }, query: { limit: 100 } } }),
      ),
  });
  const staffOf = (role: 'programme_manager' | 'year_manager') => ({
    queryKey: ['admin-users', 'staff', university.id, role],
    queryFn: () =>
      call(api.GET('/admin/users', { params: { query: { role, universityId: university.id, limit: 100 } } })),
  });
  const managers = useQuery(staffOf('programme_manager'));
  const yearManagers = useQuery(staffOf('year_manager'));
  const [name, setName] = useState('');
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();

  function onCreate(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.POST('/universities/{id}/programmes', { params: { path: { id: university.id } }, body: { name } }),
      );
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['programmes', university.id] });
    });
  }

  return (
    <div className="programmes">
      <h3>{t('admin.programmes')}</h3>
      {programmes.data?.items.length === 0 && <p>{t('admin.noProgramme')}</p>}
      <ul className="cards">
        {programmes.data?.items.map((programme) => (
          <li key={programme.id} className="card" data-programme={programme.id}>
            <h4>{programme.name}</h4>
            <ManagerForm programme={programme} managers={managers.data?.items ?? []} />
            <YearManagersForm programme={programme} yearManagers={yearManagers.data?.items ?? []} />
          </li>
        ))}
      </ul>
      <form onSubmit={onCreate} noValidate className="inline-form">
        <TextField
          label={`${t('admin.newProgramme')} — ${t('admin.programmeName')}`}
          value={name}
          onChange={(x) => setName(x.target.value)}
          error={e.name}
        />
        <button type="submit" disabled={busy}>
          {t('admin.add')}
        </button>
      </form>
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
    </div>
  );
}

function ManagerForm({ programme, managers }: { programme: Programme; managers: Schemas['UserListItemDto'][] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState(programme.managerId ?? '');
  const [done, setDone] = useState(false);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    void submit(async () => {
      await call(api.PUT('/programmes/{id}/manager', { params: { path: { id: programme.id } }, body: { userId } }));
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: ['programmes', programme.universityId] });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <SelectField
        label={t('admin.manager')}
        value={userId}
        onChange={(x) => setUserId(x.target.value)}
        error={e.userId}
      >
        <option value="">{t('admin.noManager')}</option>
        {managers.map((user) => (
          <option key={user.id} value={user.id}>
            {user.firstName} {user.lastName} ({user.email})
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={busy || !userId}>
        {t('admin.setManager')}
      </button>
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      {done && <FormMessage kind="ok">{t('admin.managerSaved')}</FormMessage>}
    </form>
  );
}

function YearManagersForm({
  programme,
  yearManagers,
}: {
  programme: Programme;
  yearManagers: Schemas['UserListItemDto'][];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const years = useQuery({
    queryKey: ['study-years', i18n.language],
    queryFn: () => call(api.GET('/reference/study-years')),
  });
  const currentKey = ['year-managers', programme.id];
  const current = useQuery({
    queryKey: currentKey,
    queryFn: () => call(api.GET('/programmes/{id}/year-managers', { params: { path: { id: programme.id } } })),
  });
  const [studyYear, setStudyYear] = useState('1');
  const [chosen, setChosen] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const yearLabel = (code: number) =>
    years.data?.find((year) => String(year.code) === String(code))?.label ?? String(code);

  // The boxes start from who manages the chosen year now (saving without a change keeps them), until the user ticks one.
  useEffect(() => {
    if (!current.data || touched) return;
    setChosen(current.data.find((y) => String(y.studyYear) === studyYear)?.managers.map((m) => m.id) ?? []);
  }, [current.data, studyYear, touched]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    void submit(async () => {
      await call(
        api.PUT('/programmes/{id}/year-managers', {
          params: { path: { id: programme.id } },
          body: { studyYear: Number(studyYear), userIds: chosen },
        }),
      );
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: currentKey });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('admin.yearManagers')}</legend>
        <div className="current-year-managers" data-year-managers={programme.id}>
          <p>{t('admin.currentYearManagers')}</p>
          {current.data?.length === 0 && <p className="muted">{t('admin.noCurrentYearManager')}</p>}
          {current.data && current.data.length > 0 && (
            <dl className="facts">
              {current.data.map((year) => (
                <div key={year.studyYear} className="fact" data-study-year={year.studyYear}>
                  <dt>{yearLabel(year.studyYear)}</dt>
                  <dd>{year.managers.map((m) => `${m.firstName} ${m.lastName}`).join(', ')}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
        <SelectField
          label={t('admin.studyYear')}
          value={studyYear}
          onChange={(x) => {
            setStudyYear(x.target.value);
            setTouched(false);
          }}
          error={e.studyYear}
        >
          {years.data?.map((year) => (
            <option key={year.code} value={year.code}>
              {year.label}
            </option>
          ))}
        </SelectField>
        {yearManagers.length === 0 && <p className="muted">{t('admin.noYearManager')}</p>}
        {yearManagers.map((user) => (
          <label key={user.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(user.id)}
              onChange={(x) => {
                setTouched(true);
                setChosen(x.target.checked ? [...chosen, user.id] : chosen.filter((id) => id !== user.id));
              }}
            />{' '}
            {user.firstName} {user.lastName}
          </label>
        ))}
        {e.userIds && (
          <p className="field-error" role="alert">
            {e.userIds}
          </p>
        )}
      </fieldset>
      {formError && <FormMessage kind="error">{formError}</FormMessage>}
      {done && <FormMessage kind="ok">{t('admin.yearManagersSaved')}</FormMessage>}
      <button type="submit" disabled={busy}>
        {t('admin.saveYearManagers')}
      </button>
    </form>
  );
}
