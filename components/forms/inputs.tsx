import type { ComponentProps } from 'react';

/**
 * How much room a control takes: `compact` in table rows and inline forms, `regular` in filter
 * bars, `block` for a labelled field of a page form (full width).
 */
export type Density = 'compact' | 'regular' | 'block';

/** The one look of every text box, select and text area, so forms read the same across areas: `field` and its density (app/globals.css). */
export function inputClass({ density = 'regular', invalid = false, className = '' }: { density?: Density; invalid?: boolean; className?: string } = {}): string {
  return [`field field-${density}`, invalid && 'field-invalid', className].filter(Boolean).join(' ');
}

type Look = { density?: Density; invalid?: boolean };

export function Input({ density, invalid, className, ...props }: Look & ComponentProps<'input'>) {
  return <input className={inputClass({ density, invalid, className })} {...props} />;
}

export function Select({ density, invalid, className, ...props }: Look & ComponentProps<'select'>) {
  return <select className={inputClass({ density, invalid, className })} {...props} />;
}

export function Textarea({ density, invalid, className, ...props }: Look & ComponentProps<'textarea'>) {
  return <textarea className={inputClass({ density, invalid, className })} {...props} />;
}
