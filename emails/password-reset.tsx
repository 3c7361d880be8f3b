import { Button, Link, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type PasswordResetEmailProps = {
  copy: { preview: string; greeting: string; body: string; cta: string; expiry: string; ignore: string; footer: string };
  resetUrl: string;
};

export default function PasswordResetEmail({ copy, resetUrl }: PasswordResetEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer}>
      <Text style={{ fontSize: 16 }}>{copy.greeting}</Text>
      <Text style={{ fontSize: 14, lineHeight: '22px' }}>{copy.body}</Text>
      <Button href={resetUrl} style={{ backgroundColor: '#9a3412', color: '#fff', padding: '12px 20px', borderRadius: 6, fontSize: 14 }}>
        {copy.cta}
      </Button>
      <Text style={{ fontSize: 12, color: '#57534e' }}>
        <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
      <Text style={{ fontSize: 13 }}>{copy.expiry}</Text>
      <Text style={{ fontSize: 13, color: '#57534e' }}>{copy.ignore}</Text>
    </EmailLayout>
  );
}
