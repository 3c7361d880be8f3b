import { getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/forms/filter-select';
import { GroupMembersForm } from '@/components/pricing/group-members-form';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { removeGroupMemberAction } from '@/lib/pricing/actions';
import { groupMembers, listGroups } from '@/lib/pricing/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function GroupsPage({ searchParams }: { searchParams: Promise<{ group?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [groups, params] = await Promise.all([listGroups(db, actor), searchParams]);
  const group = groups.find((g) => g.id === params.group) ?? groups.find((g) => g.members > 0) ?? groups[0];
  const members = group ? await groupMembers(db, actor, group.id) : null;
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('groupsDescription')} />
      <PricingNav current="groups" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FilterSelect id="group" name="group" label={t('groups.group')} allLabel="—" value={group?.id} options={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.members})` }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('show')}
        </button>
      </form>
      {group && members && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('groups.members', { name: group.name })}>
            {members.length === 0 ? (
              <p className="text-sm text-stone-600">{t('groups.empty')}</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {members.map((m) => (
                  <li key={m.id} className="flex items-center justify-between py-1.5">
                    <span>
                      {m.name} <span className="text-stone-500">({m.uf})</span>
                    </span>
                    <form action={removeGroupMemberAction}>
                      <input type="hidden" name="customerId" value={m.id} />
                      <Button type="submit" variant="ghost" aria-label={t('groups.removeOne', { name: m.name })}>
                        {t('groups.remove')}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('groups.addTitle')}>
            <p className="mb-3 text-sm text-stone-600">{t('groups.oneGroupRule')}</p>
            <GroupMembersForm groupId={group.id} />
          </Card>
        </div>
      )}
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/grupos', GroupsPage);
