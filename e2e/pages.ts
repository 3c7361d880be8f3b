import { expect, type Page } from '@playwright/test';
import type { Role } from './helpers';

/** Every page of each area that a user reaches from the menu or a list's buttons. */
export const PAGES: Record<Role, string[]> = {
  admin: ['/admin', '/admin/usuarios', '/admin/usuarios/novo', '/admin/auditoria', '/admin/emails'],
  comercial: [
    '/comercial',
    '/comercial/clientes',
    '/comercial/clientes/novo',
    '/comercial/clientes/importar',
    '/comercial/representantes',
    '/comercial/produtos',
    '/comercial/produtos/novo',
    '/comercial/restricoes',
    '/comercial/precos',
    '/comercial/precos/listas',
    '/comercial/precos/grupos',
    '/comercial/precos/contratos',
    '/comercial/precos/ajustes',
    '/comercial/precos/configuracoes',
    '/comercial/canais',
    '/comercial/pedidos',
    '/comercial/condicoes',
    '/comercial/devolucoes',
  ],
  representante: ['/representante', '/representante/clientes', '/representante/clientes/novo', '/representante/loja', '/representante/pedidos', '/representante/devolucoes'],
  lojista: ['/lojista', '/lojista/loja', '/lojista/pedidos', '/lojista/devolucoes', '/lojista/devolucoes/nova', '/lojista/cadastro'],
  financeiro: ['/financeiro', '/financeiro/clientes', '/financeiro/pedidos', '/financeiro/notas-de-credito'],
  usuario: ['/usuario'],
};

/** The lists whose first record the demo seed always has: its page is visited too. */
export const RECORD_LISTS: Record<Role, string[]> = {
  admin: ['/admin/usuarios', '/admin/emails'],
  comercial: ['/comercial/clientes', '/comercial/produtos', '/comercial/pedidos'],
  representante: ['/representante/clientes', '/representante/pedidos'],
  lojista: ['/lojista/loja', '/lojista/pedidos'],
  financeiro: ['/financeiro/clientes', '/financeiro/pedidos'],
  usuario: [],
};

/** The href of the first record linked from a list (`/area/list/<id>`). */
export async function firstRecordPath(page: Page, list: string): Promise<string> {
  await page.goto(list);
  const hrefs = await page.locator(`main a[href^="${list}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const record = hrefs.map((h) => h.split('?')[0] ?? h).find((h) => /^[0-9a-f-]{36}$/.test(h.slice(list.length + 1)));
  expect(record, `a record linked from ${list}`).toBeTruthy();
  return record!;
}

/** The menu pages of a role and the page of the first record of each of its lists. */
export async function everyPageOf(page: Page, role: Role): Promise<string[]> {
  const records: string[] = [];
  for (const list of RECORD_LISTS[role]) records.push(await firstRecordPath(page, list));
  return [...PAGES[role], ...records];
}
