import type { ReactNode } from 'react';

const TONES = {
  danger: 'border-red-200 bg-red-50 text-red-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  success: 'border-green-200 bg-green-50 text-green-900',
  neutral: 'border-stone-200 bg-stone-100 text-stone-800',
} as const;

/** A banner about the record (blocked, on hold, refused, created…); `alert` for what needs attention now. */
export function Notice({ tone, role, testId, className = '', children }: { tone: keyof typeof TONES; role?: 'alert' | 'status'; testId?: string; className?: string; children: ReactNode }) {
  return (
    <p role={role} data-testid={testId} className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]} ${className}`}>
      {children}
    </p>
  );
}
