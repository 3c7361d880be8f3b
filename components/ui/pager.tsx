import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from './button';

/** Server-side pagination: the count, the page, and previous/next links built by `hrefFor`. */
export async function Pager({ total, page, pageSize, hrefFor }: { total: number; page: number; pageSize: number; hrefFor: (page: number) => string }) {
  const t = await getTranslations('table');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="flex items-center justify-between text-sm" aria-label={t('pagination')}>
      <span className="text-stone-600">
        {t('rowCount', { count: total })} · {t('page', { page, pages })}
      </span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={buttonClass('secondary')} href={hrefFor(page - 1)}>
            {t('previous')}
          </Link>
        )}
        {page < pages && (
          <Link className={buttonClass('secondary')} href={hrefFor(page + 1)}>
            {t('next')}
          </Link>
        )}
      </div>
    </nav>
  );
}
