import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads the sources to find which messages the browser needs, page by page (node-side: the generator
 * script and client-messages.test.ts use it, never the app). A message path is a dotted key or a
 * prefix of keys. What a page needs is found by following its imports (`@/…` and relative):
 *
 * - in client components: each `const t = useTranslations('ns')` and every call of `t` — a literal
 *   key gives its full path, a template the prefix before its first `${`, anything else (a variable)
 *   the translator's whole namespace;
 * - in server code: the keys returned to forms as errors (`DomainError('…')`, `error: '…'`,
 *   `fieldErrors: { f: ['…'] }`), which client forms translate with a root translator.
 *
 * What the layouts (and the not-found and forbidden screens) need goes to every page; each page adds
 * its own. Paths that name no message are dropped (a translator's name shared by two components of a
 * file attributes each one's calls to both).
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Always sent whole: what every form and table shares, and the errors any action may return. */
export const SHARED_NAMESPACES = ['common', 'table', 'roles', 'errors', 'validation'] as const;

const UI_FILES = /(?:^|\/)(?:layout|not-found|forbidden|error|global-error|loading|template)\.tsx$/;

export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f));
}

export const readSource = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

export const isClientSource = (source: string) => /^\s*['"]use client['"]/.test(source);

const join = (...parts: string[]) => parts.filter(Boolean).join('.');

/** The path a translator call's first argument names (`arg` is the source from just after the parenthesis). */
function calledPath(namespace: string, arg: string): string {
  const literal = /^\s*(['"])([^'"]*)\1/.exec(arg);
  if (literal) return join(namespace, literal[2]!);
  const template = /^\s*`([^`]*)`/.exec(arg);
  if (template) {
    const text = template[1]!;
    const dynamic = text.indexOf('${');
    if (dynamic < 0) return join(namespace, text);
    return join(namespace, text.slice(0, dynamic).replace(/\.?[^.]*$/, ''));
  }
  return namespace;
}

/**
 * The message paths one client module translates with: its `useTranslations` translators, and the
 * `Translator`s it receives as parameters (helpers such as a client table's columns), which take whole
 * keys. A root translator's calls with a variable (`t(state.error)`) are counted in `dynamicRoot`:
 * they are the error keys of serverKeys.
 */
export function pathsUsedBy(source: string): { paths: string[]; dynamicRoot: number } {
  const paths: string[] = [];
  let dynamicRoot = 0;
  const created = [...source.matchAll(/const (\w+) = useTranslations\(\s*(?:['`]([^'`]*)['`])?\s*\)/g)].map((m) => [m[1]!, m[2] ?? ''] as const);
  const received = [...source.matchAll(/\b(\w+): Translator\b/g)].map((m) => [m[1]!, ''] as const);
  for (const [name, namespace] of [...created, ...received]) {
    const calls = new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|has|raw))?\\(`, 'g');
    for (const call of source.matchAll(calls)) {
      const used = calledPath(namespace, source.slice(call.index + call[0].length));
      if (used) paths.push(used);
      else dynamicRoot++;
    }
  }
  return { paths, dynamicRoot };
}

/** The message keys server code returns to forms as errors. */
export function serverKeys(source: string): string[] {
  const literal = /(?:DomainError\(\s*|\berror:\s*|fieldErrors:\s*\{\s*\w+:\s*\[\s*)'([a-zA-Z]+\.[\w.]+)'/g;
  return [...source.matchAll(literal)].map((m) => m[1]!);
}

/** The module an import names, as a path from ROOT, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => /\.tsx?$/.test(f) && existsSync(path.join(ROOT, f))) ?? null;
}

export const isServerActionSource = (source: string) => /^\s*['"]use server['"]/.test(source);

/** Every module `entries` import, directly or not, the entries included; `stopAt` modules and what only they import are left out. */
export function reachable(entries: string[], stopAt: (source: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || stopAt(readSource(file))) continue;
    seen.add(file);
    for (const [, spec] of readSource(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'([^']+)'/g)) {
      const next = resolveImport(file, spec!);
      if (next) stack.push(next);
    }
  }
  return seen;
}

/** The value at a dotted path of a message tree, if any. */
export function atPath(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), tree);
}

/** The smallest list of paths covering `paths` (a path under another listed one is dropped), sorted. */
export function coveringPaths(paths: string[]): string[] {
  const unique = [...new Set(paths)].sort();
  return unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(`${q}.`)));
}

const covers = (paths: readonly string[], p: string) => paths.some((q) => p === q || p.startsWith(`${q}.`));

/**
 * The paths of `catalog` the modules `entries` reach use: in the client modules (those marked
 * 'use client' and what they import, short of server actions) what they translate, in server modules
 * (server actions and their use cases included) the error keys.
 */
function pathsReachedFrom(entries: string[], catalog: object): string[] {
  const modules = reachable(entries);
  const client = reachable([...modules].filter((f) => isClientSource(readSource(f))), isServerActionSource);
  const paths: string[] = [];
  for (const file of modules) {
    const source = readSource(file);
    if (client.has(file)) paths.push(...pathsUsedBy(source).paths);
    else paths.push(...serverKeys(source));
  }
  return paths.filter((p) => atPath(catalog, p) !== undefined);
}

/** A page's id: its folder under app/ (`(comercial)/comercial/pedidos/[id]`; the root page is ''). */
export const pageId = (file: string) => path.dirname(path.relative('app', file)).replace(/^\.$/, '');

export type ClientMessagePlan = { layout: string[]; pages: Record<string, string[]> };

/** What the layouts send to every page, and what each page adds. */
export function clientMessagePlan(catalog: object): ClientMessagePlan {
  const files = sourceFiles('app');
  const layout = coveringPaths([...SHARED_NAMESPACES, ...pathsReachedFrom(files.filter((f) => UI_FILES.test(f)), catalog)]);
  const pages: Record<string, string[]> = {};
  for (const page of files.filter((f) => f.endsWith('/page.tsx')).sort()) {
    pages[pageId(page)] = coveringPaths(pathsReachedFrom([page], catalog).filter((p) => !covers(layout, p)));
  }
  return { layout, pages };
}
