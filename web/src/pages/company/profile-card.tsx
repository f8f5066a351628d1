import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { openDocument } from '../../api/documents';
import { formatDate } from '../../i18n';

type Hit = Schemas['ProfileHitDto'];

/** One profile of the guided search or of an offer's candidates; highlights come escaped from the API with <mark>. */
export function ProfileCard({ hit, children }: { hit: Hit; children?: ReactNode }) {
  const { t } = useTranslation();
  const name = [hit.student.civility, hit.student.firstName, hit.student.lastName].filter(Boolean).join(' ');
  return (
    <article className="card profile">
      <h3 dangerouslySetInnerHTML={{ __html: hit.highlights.title ?? escapeHtml(hit.title) }} />
      <p>
        {name} — {hit.programme.name}, {hit.university.name} — {hit.studyYear.label}
      </p>
      {(hit.availableFrom || hit.availableTo) && (
        <p>{t('search.availability', { from: formatDate(hit.availableFrom), to: formatDate(hit.availableTo) })}</p>
      )}
      {hit.keywords.length > 0 && <p className="keywords">{hit.keywords.join(' · ')}</p>}
      {hit.highlights.cv.map((snippet, index) => (
        <p key={index} className="snippet" dangerouslySetInnerHTML={{ __html: `… ${snippet} …` }} />
      ))}
      <p className="doc-links">
        {hit.cv && (
          <button type="button" className="link" onClick={() => void openDocument(hit.cv!.url)}>
            {t('search.cv')} ({hit.cv.fileName})
          </button>
        )}
        {hit.letter && (
          <button type="button" className="link" onClick={() => void openDocument(hit.letter!.url)}>
            {t('search.letter')}
          </button>
        )}
      </p>
      {children}
    </article>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
