import { getTranslations } from 'next-intl/server';
import { CsvLink } from '@/components/data-table/csv-link';
import { FilterBar } from '@/components/data-table/filter-bar';
import { FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import type { AuditFilter } from '@/lib/audit/schemas';
import { tableHref } from '@/lib/table/href';
import { Input } from '@/components/forms/inputs';
import { routes } from '@/lib/routes';
import { UserPicker } from '@/components/users/user-picker';
import type { UserSuggestion } from '@/lib/users/user-search';
import { auditWords } from './audit-words';

/** A plain GET form: filters live in the URL, work without JavaScript, and can be shared. */
/** `who` is the user the list is filtered by (the picker shows it chosen), if any. */
export async function AuditFilters({ filter, facets, who }: { filter: AuditFilter; facets: { entities: string[]; actions: string[] }; who: UserSuggestion | null }) {
  const t = await getTranslations('audit');
  const words = await auditWords();
  return (
    <FilterBar action={routes.admin.audit()}>
      <div className="flex flex-col text-sm">
        <label htmlFor="audit-q" className="mb-1 font-medium">{t('search')}</label>
        <Input id="audit-q" name="q" defaultValue={filter.q ?? ''}  type="search" />
      </div>
      {/* Anyone may have acted (thousands of users): found by typing, not listed. */}
      <div className="w-64">
        <UserPicker name="actor" label={t('actor')} defaultValue={who} />
      </div>
      <FilterSelect id="audit-entity" name="entity" label={t('entity')} allLabel={t('all')} value={filter.entity} options={facets.entities.map((e) => ({ value: e, label: words.entity(e) }))} />
      <FilterSelect id="audit-action" name="action" label={t('action')} allLabel={t('all')} value={filter.action} options={facets.actions.map((a) => ({ value: a, label: words.action(a) }))} />
      <div className="flex flex-col text-sm">
        <label htmlFor="audit-from" className="mb-1 font-medium">{t('from')}</label>
        <Input id="audit-from" type="date" name="from" defaultValue={filter.from ?? ''} />
      </div>
      <div className="flex flex-col text-sm">
        <label htmlFor="audit-to" className="mb-1 font-medium">{t('to')}</label>
        <Input id="audit-to" type="date" name="to" defaultValue={filter.to ?? ''} />
      </div>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="logins" value="1" defaultChecked={filter.logins === '1'} />
        {t('showLogins')}
      </label>
      <button type="submit" className={buttonClass('primary')}>
        {t('apply')}
      </button>
      <a href={routes.admin.audit()} className={buttonClass('ghost')}>
        {t('clear')}
      </a>
      <CsvLink href={tableHref(routes.admin.auditExport(), filter, { page: undefined })} className="ml-auto">
        {t('exportCsv')}
      </CsvLink>
    </FilterBar>
  );
}

