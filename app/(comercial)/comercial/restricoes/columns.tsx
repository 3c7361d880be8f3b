import { getMessages, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { Button } from '@/components/ui/button';
import { removeRestrictionAction } from '@/lib/catalog/actions';
import type { listRestrictions } from '@/lib/catalog/queries';
import { isKeyIn } from '@/lib/i18n/message-key';

type RestrictionRow = Awaited<ReturnType<typeof listRestrictions>>[number];

/** What is hidden from whom, with the row's remove button. */
export async function restrictionColumns(): Promise<Column<RestrictionRow>[]> {
  const t = await getTranslations();
  const sizeLabels = (await getMessages()).customers.sizes;
  return [
    {
      id: 'hidden',
      header: t('catalog.restrictions.hidden'),
      cell: (r) => (
        <>
          {t(`catalog.restrictions.targets.${r.targetKind}`)}: <strong>{r.targetLabel}</strong>
        </>
      ),
    },
    {
      id: 'from',
      header: t('catalog.restrictions.from'),
      cell: (r) => (
        <>
          {t(`catalog.restrictions.audiences.${r.audienceKind}`)}: <strong>{r.audienceKind === 'size' && isKeyIn(sizeLabels, r.audienceValue) ? t(`customers.sizes.${r.audienceValue}`) : r.audienceLabel}</strong>
        </>
      ),
    },
    {
      id: 'remove',
      header: <span className="sr-only">{t('catalog.restrictions.remove')}</span>,
      align: 'right',
      cell: (r) => (
        <form action={removeRestrictionAction}>
          <input type="hidden" name="id" value={r.id} />
          <Button type="submit" variant="ghost">
            {t('catalog.restrictions.remove')}
          </Button>
        </form>
      ),
    },
  ];
}
