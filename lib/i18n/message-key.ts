import type { MessageKeys, NestedKeyOf, useTranslations } from 'next-intl';
import type { Messages } from './messages';

/** The full dotted key of any message in the catalogs ('orders.grid.title'); what server code returns to be translated. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The one documented cast point from a plain string to a message key, for keys that reach us
 * untyped: zod issue messages and import errors stored in the database. Server code writes
 * them as literals from the catalogs; if one ever is not, next-intl shows the key and reports
 * it, exactly as before keys were typed.
 */
export function messageKey(key: string): MessageKey {
  return key as MessageKey;
}

/**
 * Narrows a computed key (from an audit action, a stored value) to one of a message group's keys,
 * checking the messages themselves: `isKeyIn(messages.orders.timeline, k) ? t(`timeline.${k}`) : k`.
 */
export function isKeyIn<G extends object>(group: G, key: string): key is Extract<keyof G, string> {
  return Object.hasOwn(group, key);
}

/** A translator over the whole catalog (`t('orders.grid.title')`), for helpers that receive `t` from a component. */
export type Translator = ReturnType<typeof useTranslations<never>>;
