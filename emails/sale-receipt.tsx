import { Section, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type SaleReceiptEmailProps = {
  copy: { preview: string; greeting: string; body: string; footer: string; item: string; total: string };
  lines: { description: string; quantity: number; total: string }[];
  summary: { label: string; value: string }[];
};

/** A counter sale's receipt sent to the buyer: the items, the totals and how it was paid. */
export default function SaleReceiptEmail({ copy, lines, summary }: SaleReceiptEmailProps) {
  const cell = { fontSize: 13, padding: '4px 8px', borderBottom: '1px solid #e7e5e4' } as const;
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer}>
      <Text style={{ fontSize: 16 }}>{copy.greeting}</Text>
      <Text style={{ fontSize: 14, lineHeight: '22px' }}>{copy.body}</Text>
      <Section>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left' }}>{copy.item}</th>
              <th style={{ ...cell, textAlign: 'right' }}>{copy.total}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td style={cell}>{`${l.quantity} × ${l.description}`}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{l.total}</td>
              </tr>
            ))}
            {summary.map((s) => (
              <tr key={s.label}>
                <td style={{ ...cell, fontWeight: 600 }}>{s.label}</td>
                <td style={{ ...cell, textAlign: 'right', fontWeight: 600 }}>{s.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </EmailLayout>
  );
}
