import { getFormatter, getMessages, getTranslations } from 'next-intl/server';
import { isKeyIn } from '@/lib/i18n/message-key';

type Event = { id: number; at: Date; action: string; actorName: string | null };

/** Catalog keys cannot contain dots: `customers.create` is looked up as `customers_create`. */
const actionKey = (action: string) => action.replace(/\./g, '_');

/** What happened to the customer, newest first. */
export async function CustomerTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations('customers');
  const format = await getFormatter();
  const labels = (await getMessages()).customers.timeline.actions;
  if (!events.length) return <p className="text-sm text-stone-600">{t('timeline.empty')}</p>;
  return (
    <ol className="relative space-y-4 border-l border-stone-200 pl-4 text-sm">
      {events.map((e) => {
        const action = actionKey(e.action);
        return (
          <li key={e.id}>
            <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden />
            <p className="font-medium">{isKeyIn(labels, action) ? t(`timeline.actions.${action}`) : e.action}</p>
            <p className="text-stone-600">
              {e.actorName ?? t('timeline.system')} · <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, 'short')}</time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
