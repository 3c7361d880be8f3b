import type { ReactNode } from 'react';
import { definedProps } from './column';

/** The GET form above a list: its fields become URL parameters, so a filtered list can be linked. */
export function FilterBar({ action, children, label, className = 'mb-4' }: { action: string; children: ReactNode; label?: string; className?: string }) {
  return (
    <form method="get" action={action} {...definedProps({ 'aria-label': label })} className={`flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 ${className}`}>
      {children}
    </form>
  );
}
