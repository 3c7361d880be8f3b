import type { ReactNode } from 'react';

const TONES = {
  neutral: 'bg-stone-100 text-stone-700',
  green: 'bg-green-100 text-green-800',
  red: 'bg-red-100 text-red-800',
  amber: 'bg-amber-100 text-amber-800',
  brand: 'bg-brand-100 text-brand-800',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  // `badge` (globals.css) holds the shape: a list repeats it on every row.
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}
