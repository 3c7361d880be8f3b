import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { loadWorkQueues } from '@/lib/dashboard/load-work-queues';
import type { DashboardArea } from '@/lib/dashboard/work-queues';
import type { Actor } from '@/lib/server/context';

/** A home page's "to do" card: each queue of the area with its count (and value), linking to the filtered list. */
export async function WorkQueueCard({ actor, area, className = '' }: { actor: Actor; area: DashboardArea; className?: string }) {
  const [items, t, format] = await Promise.all([loadWorkQueues(getDb(), actor, area), getTranslations('home.queues'), getFormatter()]);
  const pending = items.reduce((n, i) => n + i.count, 0);
  return (
    <Card title={t('title')} className={className}>
      <ul className="-mx-2 grid gap-x-8 text-sm sm:grid-cols-2" data-testid="work-queues">
        {items.map((item) => (
          <li key={item.key} className="border-b border-stone-100">
            <Link href={item.href} className="flex items-center justify-between gap-4 rounded px-2 py-2 hover:bg-stone-50 focus-visible:bg-stone-50" data-queue={item.key}>
              <span className={item.count ? 'text-stone-900' : 'text-stone-500'}>{t(item.key)}</span>
              <span className="flex items-baseline gap-3">
                {item.totalCents ? <span className="text-xs text-stone-500 tabular-nums">{format.number(item.totalCents / 100, 'money')}</span> : null}
                <span
                  className={`min-w-8 rounded-full px-2 py-0.5 text-center text-sm font-semibold tabular-nums ${item.count ? 'bg-amber-100 text-amber-900' : 'bg-stone-100 text-stone-500'}`}
                  data-testid={`queue-${item.key}`}
                >
                  {item.count}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {pending === 0 && <p className="mt-3 text-sm text-stone-600">{t('allClear')}</p>}
    </Card>
  );
}
