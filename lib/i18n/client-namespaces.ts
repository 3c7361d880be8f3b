import type { Messages } from './messages';

/**
 * The namespaces client components translate with: the only messages app/layout.tsx sends to
 * the browser (server components read every namespace on the server, at no cost to the page).
 * Besides the namespaces client components name, it holds those of the keys server actions
 * return as errors (DomainError, zod messages), which client forms translate from their result.
 * client-namespaces.test.ts reads the client components and the server's error keys and fails
 * if one is missing here, rather than the browser showing a raw key.
 */
export const CLIENT_NAMESPACES = [
  // Shared: forms, tables, roles, and the errors any action can return.
  'common',
  'table',
  'roles',
  'errors',
  'validation',
  // Screens with client forms.
  'auth',
  'users',
  'customers',
  'representatives',
  'import',
  'catalog',
  'stock',
  'storefront',
  'pricing',
  'orders',
  'returns',
] as const satisfies readonly (keyof Messages)[];

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/** The part of the messages the browser needs. */
export function clientMessages(messages: Messages): Pick<Messages, ClientNamespace> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<Messages, ClientNamespace>; // built from exactly those keys
}
