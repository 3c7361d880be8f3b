'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { previewImportAction } from '@/lib/crm/actions';
import type { ActionResult } from '@/lib/server/use-case';

export function ImportUploadForm() {
  const t = useTranslations('customers.import');
  const tr = useTranslations();
  const [state, action] = useActionState<ActionResult | null, FormData>(previewImportAction, null);
  const fileErrors = state && !state.ok ? state.fieldErrors.file : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {!fileErrors && <FormMessage state={state} />}
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">
          {t('file')}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileErrors ? true : undefined}
          aria-describedby={fileErrors ? 'import-file-error' : 'import-file-hint'}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
        />
        {fileErrors ? (
          <p id="import-file-error" role="alert" className="mt-1 text-sm text-red-700">
            {fileErrors.map((e) => tr(e, state && !state.ok ? (state.meta ?? {}) : {})).join(' ')}
          </p>
        ) : (
          <p id="import-file-hint" className="mt-1 text-xs text-stone-500">
            {t('fileHint')}
          </p>
        )}
      </div>
      <SubmitButton>{t('preview')}</SubmitButton>
    </form>
  );
}
