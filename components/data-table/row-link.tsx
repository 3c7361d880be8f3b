import Link from 'next/link';
import type { ReactNode } from 'react';

/** The look of a link that opens the row's record, in server and client tables alike. */
export const ROW_LINK = 'font-medium text-brand-800 hover:underline';

export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={ROW_LINK}>
      {children}
    </Link>
  );
}
