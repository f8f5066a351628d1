import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { FormMessage, SelectField } from '../../components/field';
import { Pager } from '../internships/pager';
import { useMyProgrammes } from './my-programmes';

const LIMIT = 50;

/** The students of a programme I manage, by study year; the programme manager confirms those who declared it. */
export function StudentsPage({ universityId, meId }: { universityId: string | null; meId: string }) {
  const { t } = useTranslation();
  const programmes = useMyProgrammes(universityId, meId);
  const [chosen, setChosen] = useState('');
  const [studyYear, setStudyYear] = useState('');
  const [schooling, setSchooling] = useState<'' | 'pending' | 'confirmed'>('');
  const [offset, setOffset] = useState(0);
  const programmeId = chosen || programmes.data?.[0]?.id || '';
  const queries = useQueryClient();
  const students = useQuery({
    queryKey: ['programme-students', programmeId, studyYear, schooling, offset],
    enabled: Boolean(programmeId),
    queryFn: () =>
      call(
        api.GET('/programmes/{id}/students', {
          params: {
            path: { id: programmeId },
            query: {
              limit: LIMIT,
              offset,
              studyYear: studyYear ? Number(studyYear) : undefined,
              schooling: schooling || undefined,
            },
          },
        }),
      ),
  });
  const confirm = useMutation({
    mutationFn: (studentId: string) =>
      call(
        api.POST('/programmes/{id}/students/{studentId}/schooling-confirmation', {
          params: { path: { id: programmeId, studentId } },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['programme-students', programmeId] }),
  });
  return (
    <section>
      <h1>{t('academic.students.title')}</h1>
      <div className="inline-form">
        <SelectField
          label={t('academic.students.programme')}
          value={programmeId}
          onChange={(e) => {
            setChosen(e.target.value);
            setOffset(0);
          }}
        >
          {programmes.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('academic.students.studyYear')}
          value={studyYear}
          onChange={(e) => {
            setStudyYear(e.target.value);
            setOffset(0);
          }}
        >
          <option value="">{t('academic.students.all')}</option>
          {[1, 2, 3, 4, 5].map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('academic.students.schooling')}
          value={schooling}
          onChange={(e) => {
            setSchooling(e.target.value as typeof schooling);
            setOffset(0);
          }}
        >
          <option value="">{t('academic.students.all')}</option>
          <option value="pending">{t('academic.students.pending')}</option>
          <option value="confirmed">{t('academic.students.confirmed')}</option>
        </SelectField>
      </div>
      {confirm.error && <FormMessage kind="error">{confirm.error.message}</FormMessage>}
      {students.isLoading && <p role="status">{t('app.loading')}</p>}
      {students.error && <FormMessage kind="error">{students.error.message}</FormMessage>}
      {students.data?.items.length === 0 && <p>{t('academic.students.none')}</p>}
      {students.data && students.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-total={students.data.total}>
            <caption className="visually-hidden">{t('academic.students.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('academic.students.name')}</th>
                <th scope="col">{t('academic.students.email')}</th>
                <th scope="col">{t('academic.students.studyYear')}</th>
                <th scope="col">{t('academic.students.schooling')}</th>
              </tr>
            </thead>
            <tbody>
              {students.data.items.map((s) => (
                <tr key={s.userId} data-student={s.userId}>
                  <th scope="row">
                    {s.lastName} {s.firstName}
                  </th>
                  <td>{s.email}</td>
                  <td>{s.studyYear}</td>
                  <td>
                    {s.schoolingConfirmed ? (
                      t('academic.students.confirmed')
                    ) : (
                      <button
                        type="button"
                        disabled={confirm.isPending}
                        onClick={() => confirm.mutate(s.userId)}
                        aria-label={t('academic.students.confirmFor', { name: `${s.firstName} ${s.lastName}` })}
                      >
                        {t('academic.students.confirm')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {students.data && <Pager offset={offset} limit={LIMIT} total={students.data.total} onChange={setOffset} />}
    </section>
  );
}
