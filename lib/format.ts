import { CURRENCY, TIME_ZONE } from '@/lib/i18n/locales';

/** Integer cents to BRL text in the given locale: 123456 → "R$ 1.234,56" (pt-BR). */
export function formatMoney(cents: number, locale = 'pt-BR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: CURRENCY }).format(cents / 100);
}

/** A UTC instant shown in America/Sao_Paulo. */
export function formatDateTime(value: Date | string, locale = 'pt-BR'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(value));
}

export function formatDate(value: Date | string, locale = 'pt-BR'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: TIME_ZONE }).format(new Date(value));
}
