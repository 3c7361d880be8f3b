import type { getFormatter } from 'next-intl/server';

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One audited value as a person reads it: `*Cents` as money, `*Bps` as a percentage, dates, yes/no; anything else as compact JSON. */
export function formatAuditValue(field: string, value: unknown, format: Formatter, yesNo: { yes: string; no: string }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (typeof value === 'number') {
    if (field.endsWith('Cents')) return format.number(value / 100, 'money');
    if (field.endsWith('Bps')) return format.number(value / 10000, { style: 'percent', maximumFractionDigits: 2 });
    return format.number(value);
  }
  if (typeof value === 'string') {
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(new Date(value), 'short');
    if (ISO_DATE.test(value)) return format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: 'short', timeZone: 'UTC' });
    return value;
  }
  return JSON.stringify(value);
}
