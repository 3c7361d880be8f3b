'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addProductImageAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';

/** A product photo upload; `action` is the catalog's by default (a shop passes its own products'). */
export function ImageUploadForm({ productId, action: upload = addProductImageAction }: { productId: string; action?: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations('catalog.images');
  const tr = useTranslations();
  const [state, action] = useActionState<ActionResult | null, FormData>(upload, null);
  const fileErrors = state && !state.ok ? state.fieldErrors.file : undefined;
  return (
    <form action={action} className="space-y-3" noValidate key={state?.ok ? JSON.stringify(state.data) : 'i'}>
      <input type="hidden" name="productId" value={productId} />
      {!fileErrors && <FormMessage state={state} success={t('added')} />}
      <label htmlFor="image-file" className="block text-sm font-medium">
        {t('file')}
      </label>
      <input
        id="image-file"
        name="file"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={fileErrors ? true : undefined}
        aria-describedby={fileErrors ? 'image-file-error' : 'image-file-hint'}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
      />
      {fileErrors ? (
        <p id="image-file-error" role="alert" className="text-sm text-red-700">
          {fileErrors.map((e) => tr(e)).join(' ')}
        </p>
      ) : (
        <p id="image-file-hint" className="text-xs text-stone-500">
          {t('hint')}
        </p>
      )}
      <SubmitButton variant="secondary">{t('upload')}</SubmitButton>
    </form>
  );
}
