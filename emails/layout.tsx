import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export function EmailLayout({ preview, footer, children }: { preview: string; footer: string; children: ReactNode }) {
  return (
    <Html>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f5f5f4', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', borderRadius: 8, padding: 32, maxWidth: 560 }}>
          <Text style={{ fontSize: 22, fontWeight: 700, color: '#7c2d12', margin: 0 }}>Venda</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#e7e5e4', margin: '24px 0' }} />
          <Text style={{ fontSize: 12, color: '#78716c' }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
