import { LAYOUT_MESSAGE_PATHS, PAGE_MESSAGE_PATHS } from './client-message-paths';
import type { Messages } from './messages';

type Tree = { [key: string]: string | Tree };

export type PageId = keyof typeof PAGE_MESSAGE_PATHS;

/** `paths` of `tree` (dotted keys or prefixes), as a tree of the same shape holding only those. */
export function pickPaths(tree: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const p of paths) {
    const keys = p.split('.');
    const value = keys.reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);
    if (value === undefined) continue;
    let to = picked;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Tree;
    to[keys.at(-1)!] = value;
  }
  return picked;
}

/**
 * The messages app/layout.tsx sends with every page (LAYOUT_MESSAGE_PATHS, generated). Typed as the
 * whole catalog because client components' `useTranslations` is typed against it; the generator
 * guarantees each key a client component of a page uses is in the layout's or the page's part.
 */
export function layoutMessages(messages: Messages): Messages {
  return pickPaths(messages as unknown as Tree, LAYOUT_MESSAGE_PATHS) as unknown as Messages;
}

/** What a page's client components translate with besides the layout's (PAGE_MESSAGE_PATHS, generated). */
export function pageMessages(messages: Messages, page: PageId): Partial<Messages> {
  return pickPaths(messages as unknown as Tree, PAGE_MESSAGE_PATHS[page]) as Partial<Messages>;
}
