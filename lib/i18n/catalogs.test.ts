import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/auth/roles';
import { NAVIGATION } from '@/lib/navigation';
import en from './messages/en.json';
import es from './messages/es.json';
import ptBR from './messages/pt-BR.json';
import { localeFromAcceptLanguage } from './locales';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function has(path: string): boolean {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), ptBR) !== undefined;
}

describe('message catalogs', () => {
  it('have the same keys in every language', () => {
    expect(keys(en)).toEqual(keys(ptBR));
    expect(keys(es)).toEqual(keys(ptBR));
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
