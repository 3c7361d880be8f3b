import type { ReactNode } from 'react';
import { definedProps } from './column';

export type TableVariant = 'boxed' | 'plain';


/**
 * The one table markup of the app. The box scrolls sideways on its own, so a wide list on a
 * phone never widens the page; it takes focus, so a keyboard user can scroll it too (named by the
 * caption when there is one). Server- and client-safe: it takes ready rows, no hooks.
 */
export function TableFrame({
  head,
  children,
  caption,
  showCaption = false,
  testId,
  variant = 'boxed',
  grouped = false,
}: {
  head: ReactNode;
  children: ReactNode;
  caption?: string;
  /** Show the caption above the table instead of only to screen readers. */
  showCaption?: boolean;
  testId?: string;
  variant?: TableVariant;
  /** `children` are already one `<tbody>` per group. */
  grouped?: boolean;
}) {
  const boxed = variant === 'boxed';
  return (
    <div
      tabIndex={0}
      {...(caption ? { role: 'region', 'aria-label': caption } : {})}
      className={`relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600 ${boxed ? 'rounded-lg border border-stone-200 bg-white' : ''}`}
    >
      {/* data-cells sets every cell's padding and left alignment once (globals.css): a boxed list on its own, or a compact table inside a card. */}
      <table className={boxed ? 'min-w-full divide-y divide-stone-200 text-sm' : 'min-w-full text-sm'} data-cells={variant} {...definedProps({ 'data-testid': testId })}>
        {caption && <caption className={showCaption ? 'mb-2 text-left text-stone-600' : 'sr-only'}>{caption}</caption>}
        <thead className={boxed ? 'bg-stone-50 text-left' : 'text-left text-stone-600'}>{head}</thead>
        {grouped ? children : <tbody className="divide-y divide-stone-100">{children}</tbody>}
      </table>
    </div>
  );
}
