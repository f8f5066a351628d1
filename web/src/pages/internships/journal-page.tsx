import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { FormMessage, TextField } from '../../components/field';
import { useFormSubmit } from '../../components/use-form-submit';
import { formatDate, formatNumber } from '../../i18n';
import { Pager } from './pager';
import { TextArea } from './text-area';

const LIMIT = 20;
/** The parts that comment on entries (the API's comment roles). */
const COMMENTERS = ['company_tutor', 'academic_tutor'];

/** /internships/:id/journal — the student's dated entries and the tutors' comments; opened from the journal e-mails. */
export function JournalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [offset, setOffset] = useState(0);
  const [flagged, setFlagged] = useState(false);
  const internship = useQuery({
    queryKey: ['internship', id],
    queryFn: () => call(api.GET('/internships/{id}', { params: { path: { id } } })),
  });
  const journal = useQuery({
    queryKey: ['journal', id, { offset, flagged }],
    queryFn: () =>
      call(
        api.GET('/internships/{id}/journal', {
          params: { path: { id }, query: { limit: LIMIT, offset, flagged: flagged || undefined } },
        }),
      ),
  });
  const parts = internship.data?.yourParts ?? [];
  const writes = parts.includes('student') && internship.data?.status === 'in_progress';
  const comments = parts.some((p) => COMMENTERS.includes(p));

  return (
    <section>
      <p>
        <Link to={`/internships/${id}`}>
          {internship.data
            ? `${internship.data.student.name}${internship.data.title ? ` — ${internship.data.title}` : ''}`
            : t('academic.detail.back')}
        </Link>
      </p>
      <h1>{t('academic.journal.title', { name: internship.data?.student.name ?? '' })}</h1>
      {writes && <NewEntry internshipId={id} />}
      <label className="check">
        <input
          type="checkbox"
          checked={flagged}
          onChange={(e) => {
            setFlagged(e.target.checked);
            setOffset(0);
          }}
        />{' '}
        {t('academic.journal.flaggedOnly')}
      </label>
      {journal.isLoading && <p role="status">{t('app.loading')}</p>}
      {journal.error && <FormMessage kind="error">{journal.error.message}</FormMessage>}
      {journal.data?.items.length === 0 && <p>{t('academic.journal.none')}</p>}
      <ul className="cards">
        {journal.data?.items.map((entry) => (
          <Entry key={entry.id} entry={entry} internshipId={id} canComment={comments} />
        ))}
      </ul>
      {journal.data && <Pager offset={offset} limit={LIMIT} total={journal.data.total} onChange={setOffset} />}
    </section>
  );
}

function Entry({
  entry,
  internshipId,
  canComment,
}: {
  entry: Schemas['JournalEntryView'];
  internshipId: string;
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `entry-${entry.id}`;
  return (
    <li className="card" data-entry={entry.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('academic.journal.entry', { date: formatDate(entry.date) })} —{' '}
        {t('academic.journal.hoursValue', { hours: formatNumber(entry.hours) })}
        {entry.flagged && <strong className="late"> — {t('academic.journal.flagged')}</strong>}
      </h2>
      <p className="pre">{entry.tasks}</p>
      {entry.difficulties && (
        <>
          <h3>{t('academic.journal.difficultiesTitle')}</h3>
          <p className="pre">{entry.difficulties}</p>
        </>
      )}
      {entry.comments.length > 0 && (
        <>
          <h3>{t('academic.journal.comments')}</h3>
          <ul className="validations">
            {entry.comments.map((c) => (
              <li key={c.id}>
                <strong>
                  {c.author.firstName} {c.author.lastName}
                </strong>{' '}
                ({t(`academic.party.${c.role}`)}, {formatDate(c.createdAt)})
                <blockquote className="comment pre">{c.body}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {canComment && <CommentForm internshipId={internshipId} entryId={entry.id} />}
    </li>
  );
}

function CommentForm({ internshipId, entryId }: { internshipId: string; entryId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      await call(
        api.POST('/internships/{id}/journal/{entryId}/comments', {
          params: { path: { id: internshipId, entryId } },
          body: { body },
        }),
      );
      setBody('');
      await queryClient.invalidateQueries({ queryKey: ['journal', internshipId] });
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextArea
        label={t('academic.journal.comment')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={fieldErrors.body}
      />
      {formError && !fieldErrors.body && <FormMessage kind="error">{formError}</FormMessage>}
      <button type="submit" disabled={busy}>
        {t('academic.journal.send')}
      </button>
    </form>
  );
}

function NewEntry({ internshipId }: { internshipId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState({ date: today, tasks: '', difficulties: '', hours: '7' });
  const [saved, setSaved] = useState(false);
  const { submit, fieldErrors, formError, busy } = useFormSubmit();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void submit(async () => {
      const body = {
        date: form.date,
        tasks: form.tasks,
        hours: Number(form.hours.replace(',', '.')),
        ...(form.difficulties.trim() ? { difficulties: form.difficulties } : {}),
      };
      await call(api.POST('/internships/{id}/journal', { params: { path: { id: internshipId } }, body }));
      setForm({ ...form, tasks: '', difficulties: '' });
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['journal', internshipId] });
    });
  }
  return (
    <form onSubmit={onSubmit} className="card" noValidate aria-labelledby="new-entry-title">
      <h2 id="new-entry-title">{t('academic.journal.newEntry')}</h2>
      <TextField
        label={t('academic.journal.date')}
        type="date"
        value={form.date}
        max={today}
        onChange={(e) => setForm({ ...form, date: e.target.value })}
        error={fieldErrors.date}
        required
      />
      <TextArea
        label={t('academic.journal.tasks')}
        value={form.tasks}
        onChange={(e) => setForm({ ...form, tasks: e.target.value })}
        error={fieldErrors.tasks}
        required
      />
      <TextArea
        label={t('academic.journal.difficulties')}
        value={form.difficulties}
        onChange={(e) => setForm({ ...form, difficulties: e.target.value })}
        error={fieldErrors.difficulties}
      />
      <TextField
        label={t('academic.journal.hours')}
        inputMode="decimal"
        value={form.hours}
        onChange={(e) => setForm({ ...form, hours: e.target.value })}
        error={fieldErrors.hours}
        required
      />
      {formError && Object.keys(fieldErrors).length === 0 && <FormMessage kind="error">{formError}</FormMessage>}
      {saved && <FormMessage kind="ok">{t('academic.journal.saved')}</FormMessage>}
      <button type="submit" disabled={busy}>
        {t('academic.journal.save')}
      </button>
    </form>
  );
}
