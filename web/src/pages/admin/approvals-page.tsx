import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { FormMessage } from '../../components/field';
import { Pager } from '../../components/pager';
import { formatDate } from '../../i18n';

const PAGE = 20;
type Company = Schemas['CompanyApprovalDto'];

/** Companies registered on the platform waiting for approval, first come first; approve or refuse with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const queue = useQuery({
    queryKey: ['company-approvals', offset],
    queryFn: () =>
      call(api.GET('/companies/approvals', { params: { query: { status: 'pending', limit: PAGE, offset } } })),
  });
  return (
    <section>
      <h1>{t('admin.pending')}</h1>
      {done && <FormMessage kind="ok">{done}</FormMessage>}
      {queue.error && <FormMessage kind="error">{queue.error.message}</FormMessage>}
      {queue.data?.items.length === 0 && <p>{t('admin.noPending')}</p>}
      <ul className="cards">
        {queue.data?.items.map((company) => (
          <li key={company.id}>
            <CompanyCard company={company} onDecided={setDone} />
          </li>
        ))}
      </ul>
      {queue.data && <Pager total={queue.data.total} limit={PAGE} offset={offset} onChange={setOffset} />}
    </section>
  );
}

function CompanyCard({ company, onDecided }: { company: Company; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'approved' | 'rejected') =>
      call(
        api.POST('/companies/{id}/approval', {
          params: { path: { id: company.id } },
          body: { decision, reason: reason.trim() || undefined },
        }),
      ),
    onSuccess: (_, decision) => {
      onDecided(t(decision === 'approved' ? 'admin.approved' : 'admin.refused', { name: company.name }));
      return queryClient.invalidateQueries({ queryKey: ['company-approvals'] });
    },
  });
  const fieldError = decide.error instanceof ApiError ? decide.error.fieldErrors().reason : undefined;
  const reasonId = `reason-${company.id}`;
  return (
    <article className="card" data-company={company.id}>
      <h2>{company.name}</h2>
      <p>
        {company.city} ({company.countryCode}){company.registrationNumber ? ` — ${company.registrationNumber}` : ''} —{' '}
        {t('admin.registeredOn', { date: formatDate(company.createdAt) })}
      </p>
      {company.website && (
        <p>
          <a href={company.website} rel="noreferrer noopener" target="_blank">
            {company.website}
          </a>
        </p>
      )}
      {company.partnerUniversityName && (
        <p>
          {t('admin.university')} : {company.partnerUniversityName}
        </p>
      )}
      <h3>{t('admin.contacts')}</h3>
      <ul>
        {company.contacts.map((contact) => (
          <li key={contact.email}>
            {contact.firstName} {contact.lastName} — {contact.email}
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={reasonId}>{t('admin.reason')}</label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          onChange={(x) => setReason(x.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${reasonId}-error` : undefined}
        />
        {fieldError && (
          <p id={`${reasonId}-error`} className="field-error" role="alert">
            {fieldError}
          </p>
        )}
      </div>
      {decide.error && !fieldError && <FormMessage kind="error">{decide.error.message}</FormMessage>}
      <div className="actions">
        <button
          type="button"
          disabled={decide.isPending}
          onClick={() => decide.mutate('approved')}
          aria-label={`${t('admin.approve')} : ${company.name}`}
        >
          {t('admin.approve')}
        </button>
        <button
          type="button"
          disabled={decide.isPending}
          onClick={() => decide.mutate('rejected')}
          aria-label={`${t('admin.refuse')} : ${company.name}`}
        >
          {t('admin.refuse')}
        </button>
      </div>
    </article>
  );
}
