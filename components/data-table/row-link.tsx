import Link from 'next/link';
import type { ReactNode } from 'react';

/** The look of a link that opens the row's record (`row-link` in app/globals.css: every row of every list has one). */
export const ROW_LINK = 'row-link';

/**
 * `label` says where the link goes when its text alone (a count, a number) would not. It is added to
 * the visible text for screen readers, never in its place, so the spoken name starts with what is seen
 * (voice users say what they see: WCAG 2.5.3, label in name).
 */
export function RowLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Link href={href} className={ROW_LINK}>
      {children}
      {label ? <span className="sr-only"> — {label}</span> : null}
    </Link>
  );
}
