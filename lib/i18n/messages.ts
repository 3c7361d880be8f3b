import type { Locale } from '@/lib/server/context';
import en from './messages/en.json';
import es from './messages/es.json';
import ptBR from './messages/pt-BR.json';

export type Messages = typeof ptBR;

const CATALOGS: Record<Locale, Messages> = { 'pt-BR': ptBR, en, es };

export function loadMessages(locale: Locale): Messages {
  return CATALOGS[locale];
}
