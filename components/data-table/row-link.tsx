import Link from 'next/link';
import type { ReactNode } from 'react';

/** The look of a link that opens the row's record, in server and client tables alike. */
export const ROW_LINK = 'font-medium text-brand-800 hover:underline';

/** `label` names the link when its text alone (a count, a number) would not say where it goes. */
export function RowLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Link href={href} className={ROW_LINK} aria-label={label}>
      {children}
    </Link>
  );
}
