import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';

/** Previous / next over an offset-paged list, with "page n of m" announced politely. */
export function Pager({
  total,
  limit,
  offset,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  const pages = Math.ceil(total / limit);
  const page = Math.floor(offset / limit) + 1;
  return (
    <nav className="pager" aria-label={t('admin.page', { page: formatNumber(page), pages: formatNumber(pages) })}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('admin.previous')}
      </button>
      <span aria-live="polite">{t('admin.page', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t('admin.next')}
      </button>
    </nav>
  );
}
