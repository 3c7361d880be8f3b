'use client';

import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Button, type ButtonVariant } from '@/components/ui/button';

export function SubmitButton({ children, variant = 'primary' }: { children: React.ReactNode; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  const t = useTranslations('common');
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
      {pending ? t('saving') : children}
    </Button>
  );
}
