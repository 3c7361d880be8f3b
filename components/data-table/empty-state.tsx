import type { ReactNode } from 'react';

/** What an empty list shows: what is missing and, with `action`, the next step to take. */
export function EmptyState({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
      <p className="font-medium text-stone-800">{title}</p>
      <p className="mt-1 text-sm text-stone-600">{description}</p>
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
