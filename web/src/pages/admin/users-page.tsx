import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, SelectField, TextField } from '../../components/field';
import { Pager } from '../../components/pager';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate, formatNumber } from '../../i18n';

const PAGE = 20;
const ROLES = ['student', 'company_contact', 'academic_tutor', 'programme_manager', 'year_manager', 'admin'] as const;
const STAFF_ROLES = ['academic_tutor', 'programme_manager', 'year_manager', 'admin'] as const;
type Role = (typeof ROLES)[number];
type User = Schemas['UserListItemDto'];

/** Every account, filtered by role and a piece of name or e-mail, paged; disable / enable; new staff accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role | ''>('');
  const [text, setText] = useState('');
  const [filter, setFilter] = useState({ role: '' as Role | '', q: '' });
  const [offset, setOffset] = useState(0);
  const users = useQuery({
    queryKey: ['admin-users', filter, offset],
    queryFn: () =>
      call(
        api.GET('/admin/users', {
          params: { query: { role: filter.role || undefined, q: filter.q || undefined, limit: PAGE, offset } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const toggle = useMutation({
    mutationFn: (user: User) =>
      call(
        api.POST(user.disabledAt ? '/admin/users/{id}/enable' : '/admin/users/{id}/disable', {
          params: { path: { id: user.id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
  });

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setFilter({ role, q: text.trim() });
  }

  return (
    <section>
      <h1>{t('admin.users')}</h1>
      <form className="inline-form" onSubmit={onFilter} role="search">
        <SelectField label={t('admin.role')} value={role} onChange={(x) => setRole(x.target.value as Role | '')}>
          <option value="">{t('admin.allRoles')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`admin.roles.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('admin.text')} type="search" value={text} onChange={(x) => setText(x.target.value)} />
        <button type="submit">{t('admin.filter')}</button>
      </form>
      {users.data && (
        <p aria-live="polite" data-total={users.data.total}>
          {t('admin.total', { count: users.data.total, formatted: formatNumber(users.data.total) })}
        </p>
      )}
      {(users.error ?? toggle.error) && (
        <FormMessage kind="error">{(users.error ?? toggle.error)!.message}</FormMessage>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.organisation')}</th>
              <th scope="col">{t('admin.createdAt')}</th>
              <th scope="col">{t('admin.state')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.items.map((user) => {
              const name = `${user.firstName} ${user.lastName}`;
              return (
                <tr key={user.id} data-user={user.id}>
                  <th scope="row">{name}</th>
                  <td>{user.email}</td>
                  <td>{t(`admin.roles.${user.role}`)}</td>
                  <td>{user.companyName ?? user.universityName ?? '—'}</td>
                  <td>{formatDate(user.createdAt)}</td>
                  <td>
                    <span data-state>
                      {user.disabledAt
                        ? t('admin.disabled')
                        : user.emailVerifiedAt
                          ? t('admin.active')
                          : t('admin.unverified')}
                    </span>{' '}
                    <button
                      type="button"
                      className="small"
                      disabled={toggle.isPending}
                      onClick={() => toggle.mutate(user)}
                      aria-label={`${user.disabledAt ? t('admin.enable') : t('admin.disable')} : ${name}`}
                    >
                      {user.disabledAt ? t('admin.enable') : t('admin.disable')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {users.data && <Pager total={users.data.total} limit={PAGE} offset={offset} onChange={setOffset} />}
      <NewStaffForm />
    </section>
  );
}

function NewStaffForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const universities = useQuery({
    queryKey: ['universities-all'],
    queryFn: () => call(api.GET('/universities', { params: { query: { limit: 100 } } })),
  });
  const empty = {
    role: 'academic_tutor' as (typeof STAFF_ROLES)[number],
    email: '',
    firstName: '',
    lastName: '',
    universityId: '',
    locale: 'fr' as 'fr' | 'en',
  };
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const { submit, fieldErrors: e, formError, busy } = useFormSubmit();
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    void submit(async () => {
      const account = await call(
        api.POST('/admin/staff', {
          body: {
            role: form.role,
            email: form.email,
            firstName: form.firstName,
            lastName: form.lastName,
            locale: form.locale,
            universityId: form.universityId || undefined,
          },
        }),
      );
      setCreated(account.email);
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
    });
  }

  return (
    <section className="card" aria-labelledby="new-staff">
      <h2 id="new-staff">{t('admin.newStaff')}</h2>
      <form onSubmit={onSubmit} noValidate className="grid-form">
        <SelectField
          label={t('admin.role')}
          value={form.role}
          onChange={(x) => set({ role: x.target.value as typeof form.role })}
          error={e.role}
        >
          {STAFF_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`admin.roles.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('signup.firstName')}
          value={form.firstName}
          onChange={(x) => set({ firstName: x.target.value })}
          error={e.firstName}
        />
        <TextField
          label={t('signup.lastName')}
          value={form.lastName}
          onChange={(x) => set({ lastName: x.target.value })}
          error={e.lastName}
        />
        <TextField
          label={t('admin.email')}
          type="email"
          value={form.email}
          onChange={(x) => set({ email: x.target.value })}
          error={e.email}
        />
        <SelectField
          label={t('studentSpace.locale')}
          value={form.locale}
          onChange={(x) => set({ locale: x.target.value as 'fr' | 'en' })}
          error={e.locale}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </SelectField>
        {form.role !== 'admin' && (
          <SelectField
            label={t('admin.university')}
            value={form.universityId}
            onChange={(x) => set({ universityId: x.target.value })}
            error={e.universityId}
          >
            <option value="">{t('admin.choose')}</option>
            {universities.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        )}
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        {created && <FormMessage kind="ok">{t('admin.staffCreated', { email: created })}</FormMessage>}
        <button type="submit" disabled={busy}>
          {t('admin.create')}
        </button>
      </form>
    </section>
  );
}
