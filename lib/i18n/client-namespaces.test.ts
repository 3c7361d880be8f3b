import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from './client-namespaces';
import { FILE_MESSAGES } from './messages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOG_NAMESPACES = new Set(Object.keys(FILE_MESSAGES['pt-BR']));
const listed = new Set<string>(CLIENT_NAMESPACES);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const firstSegment = (key: string) => key.split(/[.$]/)[0] ?? '';

/**
 * The namespaces one client component translates with: those of its useTranslations('ns…') calls,
 * and the first segment of each literal key passed to a root translator (useTranslations()).
 */
function namespacesUsedBy(source: string): string[] {
  const used: string[] = [];
  for (const [, name, ns] of source.matchAll(/const (\w+) = useTranslations\(\s*(?:['`]([^'`]*)['`])?\s*\)/g)) {
    if (ns !== undefined) {
      used.push(firstSegment(ns));
      continue;
    }
    const calls = new RegExp(`\\b${name}(?:\\.(?:rich|markup|has))?\\(\\s*['\`]([^'\`]*)['\`]`, 'g');
    // The same name may be a namespaced translator in another component of the file, so only
    // first segments that are namespaces count; tsc checks every literal key against its translator.
    for (const [, key] of source.matchAll(calls)) if (CATALOG_NAMESPACES.has(firstSegment(key ?? ''))) used.push(firstSegment(key ?? ''));
  }
  return used;
}

/** The namespaces of the keys server code returns as errors, which client forms translate from an action's result. */
function serverErrorNamespaces(): Map<string, string> {
  const found = new Map<string, string>();
  const literal = /(?:DomainError\(\s*|\berror:\s*|fieldErrors:\s*\{\s*\w+:\s*\[\s*)'([a-zA-Z]+)\.[\w.]+'/g;
  for (const file of sourceFiles('lib')) {
    for (const [match, ns] of read(file).matchAll(literal)) if (ns && CATALOG_NAMESPACES.has(ns)) found.set(ns, `${file}: ${match}`);
  }
  return found;
}

describe('client namespaces', () => {
  const clientFiles = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((f) => /^\s*['"]use client['"]/.test(read(f)));

  it('finds the client components that translate', () => {
    expect(clientFiles.filter((f) => namespacesUsedBy(read(f)).length).length).toBeGreaterThan(20);
    expect(namespacesUsedBy("const t = useTranslations('orders.grid'); const r = useTranslations(); r('common.saved'); r(`roles.${x}`); r(state.error);")).toEqual(['orders', 'common', 'roles']);
  });

  it('include every namespace a client component uses', () => {
    const missing = clientFiles.flatMap((f) => namespacesUsedBy(read(f)).filter((ns) => !listed.has(ns)).map((ns) => `${f}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it('include the namespaces of every error key the server returns to forms', () => {
    const errors = serverErrorNamespaces();
    expect(errors.has('errors') && errors.has('validation')).toBe(true);
    expect([...errors].filter(([ns]) => !listed.has(ns)).map(([, where]) => where)).toEqual([]);
  });

  it('sends the browser those namespaces only', () => {
    const picked = clientMessages(FILE_MESSAGES.en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked.orders).toBe(FILE_MESSAGES.en.orders);
  });
});
