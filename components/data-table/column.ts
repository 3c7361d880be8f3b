import type { ReactNode } from 'react';
import type { SortDir } from '@/lib/table/href';

/** One column of a list: its header, how a row fills it, and whether its header sorts. */
export type Column<T> = {
  id: string;
  header: ReactNode;
  /** `index` is the row's position, for forms that number their fields per row. */
  cell: (row: T, index: number) => ReactNode;
  /** The `sort` URL value this column's header asks for; without it the header is plain text. */
  sortKey?: string;
  /** Where a click on an unsorted header starts: dates and totals read best newest/biggest first. */
  firstDir?: SortDir;
  align?: 'left' | 'right' | 'center';
  /** Extra classes for the body cells. */
  className?: string;
  headerClassName?: string;
  /** The cell names its row (`<th scope="row">`), as in a matrix whose first column says what each row is. */
  rowHeader?: boolean;
  /** Wraps the cell in the row's link (`rowHref`), so every list links the same way. */
  link?: boolean;
  /** Secondary columns give way on a narrow phone; the table still scrolls for the rest. */
  hideOnMobile?: boolean;
};

export type SortState = {
  key: string;
  dir: SortDir;
  /** The list has one fixed order: the header says so but is not a link. */
  fixed?: boolean;
};

const ALIGN = { left: '', right: 'text-right', center: 'text-center' } as const;

/** Classes joined with single spaces, the empty ones left out (every cell of a long list repeats them, in the HTML and in the RSC payload). */
export function classes(...names: (string | false | undefined | null)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

/** Classes a column's header and body cells share: alignment (left is the table's default, see globals.css) and hiding on phones. */
export function columnClass(column: Pick<Column<unknown>, 'align' | 'hideOnMobile'>): string | undefined {
  return classes(ALIGN[column.align ?? 'left'], column.hideOnMobile && 'hidden sm:table-cell');
}

/**
 * The attributes that have a value: an attribute passed as undefined still costs `"$undefined"` in
 * the RSC payload, on every cell of every row.
 */
export function definedProps<P extends Record<string, unknown>>(props: P): Partial<P> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<P>;
}
