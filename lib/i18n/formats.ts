import type { Formats } from 'next-intl';

/** Named date and number formats (`format.dateTime(d, 'short')`, `format.number(n, 'money')`), typed through AppConfig. */
export const FORMATS = {
  dateTime: {
    short: { dateStyle: 'short', timeStyle: 'short' },
    date: { dateStyle: 'medium' },
  },
  number: { money: { style: 'currency', currency: 'BRL' } },
} satisfies Formats;
