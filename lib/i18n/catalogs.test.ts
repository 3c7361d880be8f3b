import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/auth/roles';
import { NAVIGATION } from '@/lib/navigation';
import { LOCALES, localeFromAcceptLanguage } from './locales';
import { FILE_MESSAGES } from './messages';

const { 'pt-BR': ptBR, en, es } = FILE_MESSAGES;
const MESSAGES_DIR = path.join(import.meta.dirname, 'messages');

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function has(path: string): boolean {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), ptBR) !== undefined;
}

/** Each module file of a locale, read from disk, with the namespaces it defines. */
function moduleFiles(locale: string): { file: string; namespaces: string[] }[] {
  const dir = path.join(MESSAGES_DIR, locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, namespaces: Object.keys(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as object) }));
}

describe('message catalogs', () => {
  it('have the same keys in every language', () => {
    expect(keys(en)).toEqual(keys(ptBR));
    expect(keys(es)).toEqual(keys(ptBR));
  });

  it('are split into the same module files in every language', () => {
    const layout = (l: string) => moduleFiles(l).map(({ file, namespaces }) => `${file}: ${[...namespaces].sort().join(',')}`).sort();
    for (const l of LOCALES) expect(layout(l)).toEqual(layout('pt-BR'));
  });

  it('define each namespace in one module file only', () => {
    for (const l of LOCALES) {
      const owners = new Map<string, string[]>();
      for (const { file, namespaces } of moduleFiles(l)) for (const ns of namespaces) owners.set(ns, [...(owners.get(ns) ?? []), file]);
      const twice = [...owners].filter(([, files]) => files.length > 1).map(([ns, files]) => `${l}: ${ns} in ${files.join(', ')}`);
      expect(twice).toEqual([]);
    }
  });

  it('assemble every module file on disk (none forgotten in messages.ts)', () => {
    for (const l of LOCALES) {
      const onDisk = moduleFiles(l).flatMap((m) => m.namespaces).sort();
      expect(Object.keys(FILE_MESSAGES[l]).sort()).toEqual(onDisk);
    }
  });

  it('name every role and every navigation item', () => {
    for (const r of ROLES) expect(has(`roles.${r}`)).toBe(true);
    for (const items of Object.values(NAVIGATION)) for (const i of items) expect(has(i.label)).toBe(true);
  });

  it('picks a supported locale from the browser', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('es-AR')).toBe('es');
    expect(localeFromAcceptLanguage('pt-PT')).toBe('pt-BR');
    expect(localeFromAcceptLanguage('de-DE')).toBeNull();
  });
});
