import type { Role } from '@/lib/auth/roles';

/**
 * The pages each role reaches from its menu and its lists' buttons, and the lists whose first record
 * is always there in the demo and large seeds. Browser tests (phone width, axe) and `bench:pages` visit them all.
 */
export const AREA_PAGES: Record<Role, string[]> = {
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
  lojista: ['/lojista', '/lojista/loja', '/lojista/pedidos', '/lojista/devolucoes', '/lojista/devolucoes/nova', '/lojista/cadastro', '/lojista/pdv', '/lojista/vendas', '/lojista/caixa', '/lojista/estoque', '/lojista/estoque/movimentos', '/lojista/produtos', '/lojista/produtos/novo', '/lojista/precos', '/lojista/compras', '/lojista/fornecedores', '/lojista/contas', '/lojista/fluxo-de-caixa', '/lojista/configuracoes'],
  financeiro: ['/financeiro', '/financeiro/clientes', '/financeiro/pedidos', '/financeiro/notas-de-credito'],
  usuario: ['/usuario', '/usuario/pdv', '/usuario/vendas', '/usuario/caixa', '/usuario/estoque', '/usuario/estoque/movimentos'],
};

/** The lists whose first record the demo seed always has: its page is visited too. */
export const RECORD_LISTS: Record<Role, string[]> = {
  admin: ['/admin/usuarios', '/admin/emails', '/admin/auditoria'],
  comercial: ['/comercial/clientes', '/comercial/produtos', '/comercial/pedidos'],
  representante: ['/representante/clientes', '/representante/pedidos'],
  lojista: ['/lojista/loja', '/lojista/pedidos', '/lojista/vendas', '/lojista/compras', '/lojista/caixa', '/lojista/produtos', '/lojista/contas'],
  financeiro: ['/financeiro/clientes', '/financeiro/pedidos'],
  usuario: ['/usuario/vendas', '/usuario/caixa'],
};


/** A record's page that shows one section at a time (tabs in the query): every section is visited too. */
export const RECORD_TABS: Record<string, string[]> = {
  '/comercial/produtos': ['?aba=estoque', '?aba=variantes'],
  // A sale's receipts, on the roll and on A4.
  '/lojista/vendas': ['/recibo', '/recibo?formato=a4'],
  '/usuario/vendas': ['/recibo', '/recibo?formato=a4'],
};

/** A record's id in its path: a uuid, or the number of an audit entry. */
export const RECORD_ID = /^([0-9a-f-]{36}|\d+)$/;

/** The record page and its tabs. */
export function recordPages(list: string, record: string): string[] {
  return [record, ...(RECORD_TABS[list] ?? []).map((tab) => record + tab)];
}
