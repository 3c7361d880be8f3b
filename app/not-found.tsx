import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-5xl font-bold text-brand-700">404</p>
        <h1 className="mt-4 text-xl font-semibold">{t('notFoundTitle')}</h1>
        <p className="mt-2 text-stone-600">{t('notFoundBody')}</p>
        <ButtonLink href="/" className="mt-6">
          {t('backHome')}
        </ButtonLink>
      </div>
    </main>
  );
}
