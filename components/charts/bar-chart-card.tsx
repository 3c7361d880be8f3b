'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Column } from '@/components/data-table/column';
import { TableView } from '@/components/data-table/table-view';

export type BarDatum = { label: string; value: number };

const columns = (labelHeader: string, valueHeader: string): Column<BarDatum>[] => [
  { id: 'label', header: labelHeader, cell: (d) => d.label },
  { id: 'value', header: valueHeader, align: 'right', className: 'tabular-nums', cell: (d) => d.value },
];

/** A bar chart that always comes with its numbers in a table. */
export function BarChartWithTable({ data, labelHeader, valueHeader, caption }: { data: BarDatum[]; labelHeader: string; valueHeader: string; caption: string }) {
  return (
    <figure className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div style={{ height: Math.max(160, data.length * 32 + 40) }} inert>
        <ResponsiveContainer width="100%" height="100%">
          {/* The chart is a picture of the table beside it: hidden from screen readers, so nothing in it may take focus. */}
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={110} interval={0} />
            <Tooltip />
            <Bar dataKey="value" name={valueHeader} fill="#c2410c" radius={[0, 4, 4, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableView columns={columns(labelHeader, valueHeader)} rows={data} rowKey={(d) => d.label} variant="plain" caption={caption} showCaption />
    </figure>
  );
}
