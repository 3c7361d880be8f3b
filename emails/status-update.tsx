import { Button, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type StatusUpdateEmailProps = {
  copy: { preview: string; greeting: string; body: string; details: string[]; cta: string; footer: string };
  /** None for a recipient without a login: there is nothing to open. */
  url: string | null;
};

/** A record (order, return) changed state: what it is now, why, and a link to it. */
export default function StatusUpdateEmail({ copy, url }: StatusUpdateEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer}>
      <Text style={{ fontSize: 16 }}>{copy.greeting}</Text>
      <Text style={{ fontSize: 14, lineHeight: '22px' }}>{copy.body}</Text>
      {copy.details.map((d) => (
        <Text key={d} style={{ fontSize: 14, margin: '4px 0', color: '#44403c' }}>
          {d}
        </Text>
      ))}
      {url && (
        <Button href={url} style={{ backgroundColor: '#9a3412', color: '#fff', padding: '12px 20px', borderRadius: 6, fontSize: 14, marginTop: 16 }}>
          {copy.cta}
        </Button>
      )}
    </EmailLayout>
  );
}
