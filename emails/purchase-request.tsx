import { Section, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type PurchaseRequestEmailProps = {
  copy: { preview: string; greeting: string; body: string; attached: string; notes: string | null; footer: string; sku: string; item: string; quantity: string };
  lines: { sku: string; description: string; quantity: number }[];
};

/** A shop's purchase request to its supplier: the lines in the body and, attached, the same as a PDF. */
export default function PurchaseRequestEmail({ copy, lines }: PurchaseRequestEmailProps) {
  const cell = { fontSize: 13, padding: '4px 8px', borderBottom: '1px solid #e7e5e4' } as const;
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer}>
      <Text style={{ fontSize: 16 }}>{copy.greeting}</Text>
      <Text style={{ fontSize: 14, lineHeight: '22px' }}>{copy.body}</Text>
      <Section>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left' }}>{copy.sku}</th>
              <th style={{ ...cell, textAlign: 'left' }}>{copy.item}</th>
              <th style={{ ...cell, textAlign: 'right' }}>{copy.quantity}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.sku}>
                <td style={cell}>{l.sku}</td>
                <td style={cell}>{l.description}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{l.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {copy.notes && <Text style={{ fontSize: 14, color: '#44403c' }}>{copy.notes}</Text>}
      <Text style={{ fontSize: 13, color: '#57534e' }}>{copy.attached}</Text>
    </EmailLayout>
  );
}
