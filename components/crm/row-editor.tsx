'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/**
 * A list of rows the user can add to and remove from; each row posts `name.<index>.<field>`.
 * Indexes stay stable while editing (removed rows leave gaps the server ignores).
 */
export function RowEditor<T extends Record<string, string>>({
  legend,
  name,
  initial,
  empty,
  addLabel,
  emptyHint,
  renderRow,
}: {
  legend: string;
  name: string;
  initial: { key: number; row: T }[];
  empty: T;
  addLabel: string;
  emptyHint: string;
  renderRow: (row: T, prefix: string, index: number) => ReactNode;
}) {
  const t = useTranslations('common');
  const [rows, setRows] = useState(initial);
  const [next, setNext] = useState(() => Math.max(-1, ...initial.map((r) => r.key)) + 1);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-stone-900">{legend}</legend>
      {rows.length === 0 && <p className="text-sm text-stone-500">{emptyHint}</p>}
      {rows.map(({ key, row }) => (
        <div key={key} className="flex flex-wrap items-end gap-3 rounded-md border border-stone-200 p-3">
          {renderRow(row, `${name}.${key}`, key)}
          <Button type="button" variant="ghost" onClick={() => setRows((rs) => rs.filter((r) => r.key !== key))} aria-label={t('removeRow')}>
            {t('remove')}
          </Button>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setRows((rs) => [...rs, { key: next, row: empty }]);
          setNext((n) => n + 1);
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

/**
 * Rows of a list field from the values a failed submission echoed back (`phones.2.number` …),
 * keeping their indexes so the field errors still point at the right row.
 */
export function rowsFromValues<T extends Record<string, string>>(values: Record<string, string>, name: string, fields: (keyof T)[]): { key: number; row: T }[] {
  const indexes = new Set<number>();
  for (const k of Object.keys(values)) {
    const m = new RegExp(`^${name}\\.(\\d+)\\.`).exec(k);
    if (m) indexes.add(Number(m[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => ({ key: i, row: Object.fromEntries(fields.map((f) => [f, values[`${name}.${i}.${String(f)}`] ?? ''])) as T }));
}

export function keyed<T>(rows: T[]): { key: number; row: T }[] {
  return rows.map((row, key) => ({ key, row }));
}
