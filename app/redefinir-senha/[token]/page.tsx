import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth');
  return (
    <AuthCard title={t('resetTitle')}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}

export default withPageMessages('redefinir-senha/[token]', ResetPasswordPage);
