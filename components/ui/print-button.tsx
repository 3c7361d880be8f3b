'use client';

import { Button } from './button';

/** Opens the browser's print dialog (and "save as PDF"); the page's print styles leave out navigation and actions. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
