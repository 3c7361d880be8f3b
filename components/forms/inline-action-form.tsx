'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/use-case';

/**
 * A small form for one row of a table (a price, a percentage). It never resets what was typed,
 * and says next to the button whether it was saved or why not.
 */
export function InlineActionForm({
  action,
  children,
  submitLabel,
  label,
  variant = 'secondary',
}: {
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  children: ReactNode;
  submitLabel: string;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const t = useTranslations();
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const error = state && !state.ok ? (Object.values(state.fieldErrors)[0]?.[0] ?? state.error) : null;
  return (
    <form
      aria-label={label}
      className="flex flex-wrap items-center gap-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(async () => setState(await action(null, data)));
      }}
    >
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? t('common.saving') : submitLabel}
      </Button>
      <span aria-live="polite" className="text-xs">
        {state?.ok && <span className="text-green-800">{t('common.saved')}</span>}
        {error && (
          <span role="alert" className="text-red-700">
            {t(error, state && !state.ok ? state.meta : undefined)}
          </span>
        )}
      </span>
    </form>
  );
}
