'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/use-case';

/** The form-level outcome of an action: its error, or a success note. */
export function FormMessage({ state, success }: { state: ActionResult | null; success?: string }) {
  const t = useTranslations();
  if (!state) return null;
  if (state.ok) return success ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{success}</p> : null;
  if (state.error === 'errors.invalidInput' && Object.keys(state.fieldErrors).length) {
    return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t('errors.checkFields')}</p>;
  }
  return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t(state.error, state.meta)}</p>;
}
