import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';

/** The export of what the list shows: a plain download link to the list's `/exportar` route. */
export function CsvLink({ href, children, className = '', title }: { href: string; children: ReactNode; className?: string; title?: string }) {
  return (
    <a href={href} className={buttonClass('secondary', className)} title={title} download>
      {children}
    </a>
  );
}
