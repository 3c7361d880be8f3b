'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { FormMessage } from '@/components/forms/form-message';
import { startImportAction } from '@/lib/crm/actions';
import { routes } from '@/lib/routes';
import type { ActionResult } from '@/lib/server/use-case';

type Progress = { status: string; processed: number; toCreate: number; toUpdate: number; created: number; updated: number; error: string | null };

/** Starts the import, then shows its progress until the job runner finishes it. */
export function ImportProgress({ importId, initial }: { importId: string; initial: Progress }) {
  const t = useTranslations('customers.import');
  const router = useRouter();
  const [state, action] = useActionState<ActionResult | null, FormData>(startImportAction, null);
  const [progress, setProgress] = useState(initial);
  const running = progress.status === 'queued' || progress.status === 'running' || Boolean(state?.ok && progress.status === 'previewed');

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const res = await fetch(routes.api.importProgress(importId), { cache: 'no-store' });
      if (!res.ok) return;
      const next = (await res.json()) as Progress;
      setProgress(next);
      if (next.status === 'done' || next.status === 'failed') {
        clearInterval(timer);
        router.refresh();
      }
    }, 500);
    return () => clearInterval(timer);
  }, [running, importId, router]);

  const total = progress.toCreate + progress.toUpdate;
  const percent = total ? Math.round((progress.processed / total) * 100) : 0;

  if (progress.status === 'done') {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {t('finished', { created: progress.created, updated: progress.updated })}
      </p>
    );
  }
  if (progress.status === 'failed') {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {t('failed')}
      </p>
    );
  }
  if (running) {
    return (
      <div className="space-y-2" aria-live="polite">
        <p className="text-sm">{t('running', { processed: progress.processed, total })}</p>
        <div className="h-3 w-full overflow-hidden rounded-full bg-stone-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('progress')}>
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={importId} />
      <FormMessage state={state} />
      <SubmitButton>{t('start', { count: total })}</SubmitButton>
    </form>
  );
}
