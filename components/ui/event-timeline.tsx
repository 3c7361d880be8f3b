import { getFormatter } from 'next-intl/server';

export type TimelineEvent = { id: number; at: Date; label: string; detail?: string | null; actorName: string | null };

/** What happened to a record, newest first: the label, who, when, and the reason when there was one. */
export async function EventTimeline({ events, empty, systemLabel }: { events: TimelineEvent[]; empty: string; systemLabel: string }) {
  const format = await getFormatter();
  if (!events.length) return <p className="text-sm text-stone-600">{empty}</p>;
  return (
    <ol className="relative space-y-4 border-l border-stone-200 pl-4 text-sm" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden />
          <p className="font-medium">{e.label}</p>
          {e.detail && <p className="text-stone-700">{e.detail}</p>}
          <p className="text-stone-600">
            {e.actorName ?? systemLabel} · <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, 'short')}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
