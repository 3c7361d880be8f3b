import Link from 'next/link';
import type { ReactNode } from 'react';
import { ariaSort, type SortDir } from '@/lib/table/href';
import { definedProps } from './column';

/** The arrow after a sortable header; hidden from screen readers, which read `aria-sort`. */
export function SortIndicator({ active, dir }: { active: boolean; dir: SortDir }) {
  return (
    <span aria-hidden className="text-stone-400">
      {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
    </span>
  );
}

/**
 * A column header. With `href` it is a sort link (works without JavaScript), with `onSort`
 * a button (the client table), otherwise plain text that may still state a fixed order.
 */
export function SortHeader({
  label,
  active = false,
  dir = 'asc',
  href,
  onSort,
  className = '',
}: {
  label: ReactNode;
  active?: boolean;
  dir?: SortDir;
  href?: string;
  onSort?: (event: unknown) => void;
  className?: string;
}) {
  const inner = (
    <>
      {label}
      <SortIndicator active={active} dir={dir} />
    </>
  );
  const control = 'inline-flex items-center gap-1 hover:text-stone-950';
  return (
    <th scope="col" {...definedProps({ 'aria-sort': ariaSort(active, dir) })} className={className ? `font-medium whitespace-nowrap ${className}` : 'font-medium whitespace-nowrap'}>
      {href ? (
        <Link href={href} className={control}>
          {inner}
        </Link>
      ) : onSort ? (
        <button type="button" onClick={onSort} className={control}>
          {inner}
        </button>
      ) : active ? (
        <span className="inline-flex items-center gap-1">{inner}</span>
      ) : (
        label
      )}
    </th>
  );
}
