import 'server-only';
import type { DbExecutor } from '@/db/client';
import { countCustomersByUf } from '@/lib/crm/queries';
import { orderStatusCounts } from '@/lib/orders/status-counts';
import { summarizeCreditNotes } from '@/lib/returns/credit-notes';
import { returnStatusCounts } from '@/lib/returns/status-counts';
import type { Actor } from '@/lib/server/context';
import { OPEN_RETURN_STATUSES, WORK_QUEUES, type DashboardArea, type QueueKey, type QueueSource } from './work-queues';

export type WorkQueueItem = {
  key: QueueKey;
  href: string;
  count: number;
  totalCents?: number;
};

const orderStatusesOf = (defs: { source: QueueSource }[]) => defs.flatMap((d) => (d.source.kind === 'orders' ? [d.source.status] : []));

const needs = (defs: { source: QueueSource }[], ...kinds: QueueSource['kind'][]) => defs.some((d) => kinds.includes(d.source.kind));

/** The area's queues with their numbers, each counted within the actor's own scope. */
export async function loadWorkQueues(db: DbExecutor, actor: Actor, area: DashboardArea): Promise<WorkQueueItem[]> {
  const defs = WORK_QUEUES[area];
  const [orderTally, returnTally, customersByUf, creditNotes] = await Promise.all([
    needs(defs, 'orders') ? orderStatusCounts(db, actor, orderStatusesOf(defs)) : null,
    needs(defs, 'returns', 'openReturns') ? returnStatusCounts(db, actor) : null,
    needs(defs, 'blockedCustomers') ? countCustomersByUf(db, actor) : null,
    needs(defs, 'openCreditNotes') ? summarizeCreditNotes(db, actor, { status: 'open' }) : null,
  ]);
  return defs.map(({ key, href, source }) => {
    switch (source.kind) {
      case 'orders':
        return { key, href, ...orderTally![source.status] };
      case 'returns':
        return { key, href, count: returnTally![source.status] };
      case 'openReturns':
        return {
          key,
          href,
          count: OPEN_RETURN_STATUSES.reduce((n, s) => n + returnTally![s], 0),
        };
      case 'blockedCustomers':
        return {
          key,
          href,
          count: customersByUf!.reduce((n, r) => n + r.blocked, 0),
        };
      case 'openCreditNotes':
        return { key, href, count: creditNotes!.count, totalCents: creditNotes!.sumCents };
    }
  });
}
