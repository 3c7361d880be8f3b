import Link from 'next/link';
import type { ReactNode } from 'react';

/** A record page's head: the way back to its list, the title, the status badge and page-level actions (print). */
export function DetailHeader({
  backHref,
  backLabel,
  title,
  status,
  statusTestId,
  actions,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  status: ReactNode;
  statusTestId: string;
  actions?: ReactNode;
}) {
  return (
    <>
      <p className="mb-4 text-sm print:hidden">
        <Link href={backHref} className="text-brand-800 hover:underline">
          ← {backLabel}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <span data-testid={statusTestId}>{status}</span>
        {actions && <div className="ml-auto flex items-start gap-2">{actions}</div>}
      </div>
    </>
  );
}
