'use client';

import { usePathname } from 'next/navigation';
import { useId, useState, type ReactNode } from 'react';

/**
 * The area's menu on a phone: one "Menu" button that opens the navigation below the header (closed
 * again when a page opens or Escape is pressed). Wider screens show the navigation inline instead.
 */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: opening another page closes it, with no effect to sync.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const id = useId();
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        className="rounded border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100"
      >
        {label}
      </button>
      {/* Drawn only when opened: a closed menu costs the page no markup. */}
      <div id={id} hidden={!open} className="absolute inset-x-0 top-full z-20 border-b border-stone-200 bg-white px-4 py-3 shadow-md">
        {open && children}
      </div>
    </div>
  );
}
