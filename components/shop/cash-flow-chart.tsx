'use client';

import { useFormatter } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Money in and out per period, as bars (the table beside it holds the numbers). */
export function CashFlowChart({ data, labels }: { data: { period: string; in: number; out: number }[]; labels: { in: string; out: string } }) {
  const format = useFormatter();
  const money = (reais: number) => format.number(reais, 'money');
  return (
    <div style={{ height: 280 }} inert>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={72} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Legend />
          <Bar dataKey="in" name={labels.in} fill="#15803d" />
          <Bar dataKey="out" name={labels.out} fill="#c2410c" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
