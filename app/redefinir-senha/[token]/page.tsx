import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth');
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-2xl font-bold text-brand-800">Venda</p>
        <h1 className="mt-2 mb-6 text-lg font-semibold">{t('resetTitle')}</h1>
        <ResetPasswordForm token={token} />
      </div>
    </main>
  );
}
