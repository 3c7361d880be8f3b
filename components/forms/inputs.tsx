import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * How much room a control takes: `compact` in table rows and inline forms, `regular` in filter
 * bars, `block` for a labelled field of a page form (full width).
 */
export type Density = 'compact' | 'regular' | 'block';

const DENSITY = {
  compact: 'px-2 py-1.5',
  regular: 'px-3 py-2',
  block: 'block w-full px-3 py-2 shadow-sm',
} as const;

/** The one look of every text box, select and text area, so forms read the same across areas. */
export function inputClass({ density = 'regular', invalid = false, className = '' }: { density?: Density; invalid?: boolean; className?: string } = {}): string {
  return `rounded-md border bg-white text-sm text-stone-900 placeholder:text-stone-400 focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none ${DENSITY[density]} ${invalid ? 'border-red-600' : 'border-stone-300'} ${className}`;
}

type Look = { density?: Density; invalid?: boolean };

export function Input({ density, invalid, className, ...props }: Look & InputHTMLAttributes<HTMLInputElement>) {
  return <input className={inputClass({ density, invalid, className })} {...props} />;
}

export function Select({ density, invalid, className, ...props }: Look & SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={inputClass({ density, invalid, className })} {...props} />;
}

export function Textarea({ density, invalid, className, ...props }: Look & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={inputClass({ density, invalid, className })} {...props} />;
}
