import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { PagerNav } from './pager-nav';

/**
 * Server-side pagination: the count, the page, and previous/next links built by `hrefFor`. A `capped`
 * count (a list past COUNT_CAP rows) says "more than" and pages as far as the cap.
 */
export async function Pager({ total, capped = false, page, pageSize, hrefFor }: { total: number; capped?: boolean; page: number; pageSize: number; hrefFor: (page: number) => string }) {
  const t = await getTranslations('table');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <PagerNav
      label={t('pagination')}
      summary={capped ? `${t('rowCountOver', { count: total })} · ${t('pageOnly', { page })}` : `${t('rowCount', { count: total })} · ${t('page', { page, pages })}`}
      previous={
        page > 1 && (
          <Link className={buttonClass('secondary')} href={hrefFor(page - 1)}>
            {t('previous')}
          </Link>
        )
      }
      next={
        page < pages && (
          <Link className={buttonClass('secondary')} href={hrefFor(page + 1)}>
            {t('next')}
          </Link>
        )
      }
    />
  );
}
