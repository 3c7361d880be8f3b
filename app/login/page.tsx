import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { LoginForm } from '@/components/auth/login-form';
import { safeCallbackPath } from '@/lib/auth/public-paths';
import { getCurrentActor } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('loginTitle') };
}

async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  const t = await getTranslations('auth');
  return (
    <AuthCard title={t('loginTitle')} subtitle={t('loginSubtitle')}>
      {params.reset === '1' && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('passwordChanged')}
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl === '/' ? '' : callbackUrl} />
    </AuthCard>
  );
}

export default withPageMessages('login', LoginPage);
