'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type BarDatum = { label: string; value: number };

/** A bar chart that always comes with its numbers in a table. */
export function BarChartWithTable({ data, labelHeader, valueHeader, caption }: { data: BarDatum[]; labelHeader: string; valueHeader: string; caption: string }) {
  return (
    <figure className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div style={{ height: Math.max(160, data.length * 32 + 40) }} aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={110} interval={0} />
            <Tooltip />
            <Bar dataKey="value" name={valueHeader} fill="#c2410c" radius={[0, 4, 4, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="text-sm">
        <caption className="mb-2 text-left text-stone-600">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left">
            <th scope="col" className="py-1 font-medium">{labelHeader}</th>
            <th scope="col" className="py-1 text-right font-medium">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label} className="border-b border-stone-100">
              <td className="py-1">{d.label}</td>
              <td className="py-1 text-right tabular-nums">{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
