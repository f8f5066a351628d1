import { useTranslation } from 'react-i18next';

/** Previous / next over a paged list, with "from–to of total" announced. */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  return (
    <nav
      className="pager"
      aria-label={t('academic.list.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}
    >
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('academic.list.previous')}
      </button>
      <span role="status">
        {t('academic.list.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t('academic.list.next')}
      </button>
    </nav>
  );
}
