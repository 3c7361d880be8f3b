import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { safeCallbackPath } from '@/lib/auth/public-paths';
import { getCurrentActor } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('loginTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  const t = await getTranslations('auth');
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-stone-100 px-4">
      <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-2xl font-bold text-brand-800">Venda</p>
        <h1 className="mt-2 text-lg font-semibold text-stone-900">{t('loginTitle')}</h1>
        <p className="mb-6 text-sm text-stone-600">{t('loginSubtitle')}</p>
        {params.reset === '1' && (
          <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {t('passwordChanged')}
          </p>
        )}
        <LoginForm callbackUrl={callbackUrl === '/' ? '' : callbackUrl} />
      </div>
    </main>
  );
}
