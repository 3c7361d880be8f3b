import { getTranslations } from 'next-intl/server';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table/audit-table';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { auditFacets, listAudit } from '@/lib/audit/queries';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { requirePermission } from '@/lib/auth/session';
import { findUserSuggestion } from '@/lib/users/user-search';
import { parseQuery } from '@/lib/server/clean-input';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('audit.read');
  const filter = parseQuery(auditFilterSchema, await searchParams);
  const db = getDb();
  const [result, facets, who] = await Promise.all([listAudit(db, actor, filter), auditFacets(db, actor), findUserSuggestion(db, actor, filter.actor)]);
  const t = await getTranslations('audit');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters filter={filter} facets={facets} who={who} />
      <AuditTable result={result} filter={filter} />
    </>
  );
}

export default withPageMessages('(admin)/admin/auditoria', AuditPage);
