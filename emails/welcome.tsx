import { Button, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type WelcomeEmailProps = {
  copy: { preview: string; greeting: string; body: string; emailLine: string; cta: string; footer: string };
  loginUrl: string;
};

export default function WelcomeEmail({ copy, loginUrl }: WelcomeEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer}>
      <Text style={{ fontSize: 16 }}>{copy.greeting}</Text>
      <Text style={{ fontSize: 14, lineHeight: '22px' }}>{copy.body}</Text>
      <Text style={{ fontSize: 14 }}>{copy.emailLine}</Text>
      <Button href={loginUrl} style={{ backgroundColor: '#9a3412', color: '#fff', padding: '12px 20px', borderRadius: 6, fontSize: 14 }}>
        {copy.cta}
      </Button>
    </EmailLayout>
  );
}
