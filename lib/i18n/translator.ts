import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/server/context';
import { messagesFor } from './messages';

/** A translator over the whole catalog in a user's language, for server code outside a page (exports, emails). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}
