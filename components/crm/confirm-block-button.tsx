'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { Button } from '@/components/ui/button';

/** Blocking stops a shop's orders: the first click asks, the second (inside the form) blocks. */
export function ConfirmBlockButton({ customerName }: { customerName: string }) {
  const t = useTranslations('customers.credit');
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
        {t('block')}
      </Button>
    );
  return (
    <div role="alert" className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p>{t('blockConfirm', { name: customerName })}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger">{t('blockConfirmYes')}</SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
          {t('blockCancel')}
        </Button>
      </div>
    </div>
  );
}
