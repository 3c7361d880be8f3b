import type { ReactNode } from 'react';

/** The pager's layout, shared by the server pager (links) and the client table (buttons). */
export function PagerNav({ label, summary, previous, next }: { label: string; summary: ReactNode; previous: ReactNode; next: ReactNode }) {
  return (
    <nav className="flex items-center justify-between text-sm" aria-label={label}>
      <span className="text-stone-600">{summary}</span>
      <div className="flex gap-2">
        {previous}
        {next}
      </div>
    </nav>
  );
}
