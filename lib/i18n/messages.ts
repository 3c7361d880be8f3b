import type { Locale } from '@/lib/server/context';
import enAudit from './messages/en/audit.json';
import enAuth from './messages/en/auth.json';
import enCatalog from './messages/en/catalog.json';
import enCore from './messages/en/core.json';
import enCrm from './messages/en/crm.json';
import enEmail from './messages/en/email.json';
import enHome from './messages/en/home.json';
import enOrders from './messages/en/orders.json';
import enPricing from './messages/en/pricing.json';
import enReturns from './messages/en/returns.json';
import enShop from './messages/en/shop.json';
import enUsers from './messages/en/users.json';
import esAudit from './messages/es/audit.json';
import esAuth from './messages/es/auth.json';
import esCatalog from './messages/es/catalog.json';
import esCore from './messages/es/core.json';
import esCrm from './messages/es/crm.json';
import esEmail from './messages/es/email.json';
import esHome from './messages/es/home.json';
import esOrders from './messages/es/orders.json';
import esPricing from './messages/es/pricing.json';
import esReturns from './messages/es/returns.json';
import esShop from './messages/es/shop.json';
import esUsers from './messages/es/users.json';
import ptBRAudit from './messages/pt-BR/audit.json';
import ptBRAuth from './messages/pt-BR/auth.json';
import ptBRCatalog from './messages/pt-BR/catalog.json';
import ptBRCore from './messages/pt-BR/core.json';
import ptBRCrm from './messages/pt-BR/crm.json';
import ptBREmail from './messages/pt-BR/email.json';
import ptBRHome from './messages/pt-BR/home.json';
import ptBROrders from './messages/pt-BR/orders.json';
import ptBRPricing from './messages/pt-BR/pricing.json';
import ptBRReturns from './messages/pt-BR/returns.json';
import ptBRShop from './messages/pt-BR/shop.json';
import ptBRUsers from './messages/pt-BR/users.json';

/*
 * The catalogs live in one file per module: messages/<locale>/<module>.json, each holding
 * that module's top-level namespaces (core.json holds the ones every screen shares).
 * This is the only place that assembles them; a new module's file is imported here for
 * every locale (catalogs.test.ts fails if a file on disk is left out or a namespace is
 * defined in two files).
 */

const ptBR = { ...ptBRCore, ...ptBRAuth, ...ptBRHome, ...ptBRUsers, ...ptBRAudit, ...ptBREmail, ...ptBRCrm, ...ptBRCatalog, ...ptBRPricing, ...ptBROrders, ...ptBRReturns, ...ptBRShop };

/** The message tree; pt-BR is the reference catalog the others must match. */
export type Messages = typeof ptBR;

const en: Messages = { ...enCore, ...enAuth, ...enHome, ...enUsers, ...enAudit, ...enEmail, ...enCrm, ...enCatalog, ...enPricing, ...enOrders, ...enReturns, ...enShop };
const es: Messages = { ...esCore, ...esAuth, ...esHome, ...esUsers, ...esAudit, ...esEmail, ...esCrm, ...esCatalog, ...esPricing, ...esOrders, ...esReturns, ...esShop };

/** The file messages of every locale, as assembled above. */
export const FILE_MESSAGES: Readonly<Record<Locale, Messages>> = { 'pt-BR': ptBR, en, es };

/** Overrides keyed by dotted message key ("orders.grid.title": "…"), as a translations screen will store them. */
export type MessageOverrides = Readonly<Record<string, string>>;

/**
 * The messages for a locale: the files, with `overrides` winning over them. This is the one
 * merge point for translations edited outside the files.
 *
 * Only keys that exist in the files as strings are overridden; anything else is ignored, so a
 * stale override (its key renamed or removed in code) or one naming a whole namespace can never
 * change the shape of the tree the typed `t()` calls rely on. The file catalogs are not mutated:
 * only the objects along an overridden key's path are copied.
 */
export function messagesFor(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = FILE_MESSAGES[locale];
  if (!overrides) return base;
  let merged: Record<string, unknown> = base;
  for (const [key, text] of Object.entries(overrides)) {
    if (typeof text === 'string') merged = withLeaf(merged, key.split('.'), text) ?? merged;
  }
  return merged as Messages; // withLeaf only ever replaces an existing string with a string
}

/** A copy of `tree` with the string at `path` replaced, or null if `path` is not a string leaf. */
function withLeaf(tree: Record<string, unknown>, path: string[], text: string): Record<string, unknown> | null {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(tree, head)) return null;
  const child = tree[head];
  if (rest.length === 0) return typeof child === 'string' ? { ...tree, [head]: text } : null;
  if (!child || typeof child !== 'object') return null;
  const next = withLeaf(child as Record<string, unknown>, rest, text);
  return next && { ...tree, [head]: next };
}
