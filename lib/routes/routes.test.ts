import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/auth/roles';
import { NAVIGATION } from '@/lib/navigation';
import { CUSTOMERS_AREAS, NEW_CUSTOMER_AREAS, ORDER_EXPORT_AREAS, ORDERS_AREAS, RETURNS_AREAS, routes, SHOP_AREAS, STOREFRONT_AREAS } from '@/lib/routes';

const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('lib/routes builds the paths the app used before it', () => {
  it('area homes', () => {
    for (const role of ROLES) expect(routes.home(role)).toBe(`/${role}`);
  });

  it('orders, in every area that has them', () => {
    expect(ORDERS_AREAS.map((a) => routes.orders.list(a))).toEqual(['/comercial/pedidos', '/representante/pedidos', '/lojista/pedidos', '/financeiro/pedidos']);
    expect(routes.orders.detail('lojista', ID)).toBe(`/lojista/pedidos/${ID}`);
    expect(routes.orders.list('financeiro', { status: 'financial_hold' })).toBe('/financeiro/pedidos?status=financial_hold');
    expect(ORDER_EXPORT_AREAS.map((a) => routes.orders.export(a))).toEqual(['/comercial/pedidos/exportar', '/financeiro/pedidos/exportar']);
    expect(routes.orders.export('comercial', { status: 'approved', q: '', page: undefined, detail: 'lines' })).toBe('/comercial/pedidos/exportar?status=approved&detail=lines');
    expect(routes.orders.conditions()).toBe('/comercial/condicoes');
  });

  it('returns and credit notes', () => {
    expect(RETURNS_AREAS.map((a) => routes.returns.list(a))).toEqual(['/comercial/devolucoes', '/representante/devolucoes', '/lojista/devolucoes']);
    expect(routes.returns.detail('representante', ID)).toBe(`/representante/devolucoes/${ID}`);
    expect(routes.returns.detail('lojista', ID, { nova: 1 })).toBe(`/lojista/devolucoes/${ID}?nova=1`);
    expect(routes.returns.list('comercial', { status: 'requested' })).toBe('/comercial/devolucoes?status=requested');
    expect(routes.returns.new(ID)).toBe(`/lojista/devolucoes/nova?pedido=${ID}`);
    expect(routes.returns.creditNotes()).toBe('/financeiro/notas-de-credito');
    expect(routes.returns.creditNotesExport({ q: 'loja', status: undefined })).toBe('/financeiro/notas-de-credito/exportar?q=loja');
  });

  it('customers, imports, a shop own record and representatives', () => {
    expect(CUSTOMERS_AREAS.map((a) => routes.customers.list(a))).toEqual(['/comercial/clientes', '/representante/clientes', '/financeiro/clientes']);
    expect(routes.customers.detail('comercial', ID, { saved: 1 })).toBe(`/comercial/clientes/${ID}?saved=1`);
    expect(routes.customers.list('comercial', { rep: ID })).toBe(`/comercial/clientes?rep=${ID}`);
    expect(routes.customers.list('financeiro', { status: 'blocked' })).toBe('/financeiro/clientes?status=blocked');
    expect(NEW_CUSTOMER_AREAS.map((a) => routes.customers.new(a))).toEqual(['/comercial/clientes/novo', '/representante/clientes/novo']);
    expect(routes.customers.export('representante')).toBe('/representante/clientes/exportar');
    expect(routes.customers.imports()).toBe('/comercial/clientes/importar');
    expect(routes.customers.import(ID)).toBe(`/comercial/clientes/importar/${ID}`);
    expect(routes.customers.own()).toBe('/lojista/cadastro');
    expect(routes.customers.representatives()).toBe('/comercial/representantes');
  });

  it('storefront', () => {
    expect(STOREFRONT_AREAS.map((a) => routes.storefront.list(a))).toEqual(['/representante/loja', '/lojista/loja']);
    expect(routes.storefront.product('lojista', ID)).toBe(`/lojista/loja/${ID}`);
  });

  it('products and pricing (commercial only)', () => {
    expect(routes.products.list()).toBe('/comercial/produtos');
    expect(routes.products.list({ created: ID })).toBe(`/comercial/produtos?created=${ID}`);
    expect(routes.products.export({ q: 'saia', active: 'yes' })).toBe('/comercial/produtos/exportar?q=saia&active=yes');
    expect(routes.products.new()).toBe('/comercial/produtos/novo');
    expect(routes.products.detail(ID)).toBe(`/comercial/produtos/${ID}`);
    expect(routes.products.detail(ID, 'estoque')).toBe(`/comercial/produtos/${ID}?aba=estoque`);
    expect(routes.products.movements(ID, 2)).toBe(`/comercial/produtos/${ID}?aba=estoque&movimentos=2#movimentos`);
    expect(routes.products.restrictions()).toBe('/comercial/restricoes');
    expect(routes.products.channels()).toBe('/comercial/canais');
    expect([routes.pricing.scenarios(), routes.pricing.lists(), routes.pricing.groups(), routes.pricing.contracts(), routes.pricing.adjustments(), routes.pricing.advanced()]).toEqual([
      '/comercial/precos',
      '/comercial/precos/listas',
      '/comercial/precos/grupos',
      '/comercial/precos/contratos',
      '/comercial/precos/ajustes',
      '/comercial/precos/configuracoes',
    ]);
    expect(routes.pricing.scenarios({ created: 1 })).toBe('/comercial/precos?created=1');
  });

  it('admin', () => {
    expect(routes.admin.users()).toBe('/admin/usuarios');
    expect(routes.admin.newUser()).toBe('/admin/usuarios/novo');
    expect(routes.admin.user(ID, { created: 1 })).toBe(`/admin/usuarios/${ID}?created=1`);
    expect(routes.admin.audit()).toBe('/admin/auditoria');
    expect(routes.admin.auditExport({ entity: 'order', page: undefined })).toBe('/admin/auditoria/exportar?entity=order');
    expect(routes.admin.emails()).toBe('/admin/emails');
    expect(routes.admin.email(ID)).toBe(`/admin/emails/${ID}`);
  });

  it('API routes', () => {
    expect(routes.api.image(ID)).toBe(`/api/imagens/${ID}`);
    expect(routes.api.image(ID, 'thumb')).toBe(`/api/imagens/${ID}?tamanho=thumb`);
    expect(routes.api.returnPhoto(ID)).toBe(`/api/devolucoes/fotos/${ID}`);
    expect(routes.api.importProgress(ID)).toBe(`/api/importacoes/${ID}`);
    expect(routes.api.customerSearch('Loja Sol')).toBe('/api/clientes/busca?q=Loja+Sol');
  });
});

/** Every path a builder produces for every area it accepts, with `:id` for ids and no query. */
function everyRoutePath(): Set<string> {
  const id = ':id';
  return new Set<string>([
    ...ROLES.map((r) => routes.home(r)),
    ...ORDERS_AREAS.flatMap((a) => [routes.orders.list(a), routes.orders.detail(a, id)]),
    ...ORDER_EXPORT_AREAS.map((a) => routes.orders.export(a)),
    routes.orders.conditions(),
    ...RETURNS_AREAS.flatMap((a) => [routes.returns.list(a), routes.returns.detail(a, id)]),
    routes.returns.creditNotes(),
    routes.returns.creditNotesExport(),
    ...CUSTOMERS_AREAS.flatMap((a) => [routes.customers.list(a), routes.customers.detail(a, id), routes.customers.export(a)]),
    ...NEW_CUSTOMER_AREAS.map((a) => routes.customers.new(a)),
    routes.customers.imports(),
    routes.customers.import(id),
    routes.customers.own(),
    routes.customers.representatives(),
    ...STOREFRONT_AREAS.flatMap((a) => [routes.storefront.list(a), routes.storefront.product(a, id)]),
    routes.products.list(),
    routes.products.new(),
    routes.products.detail(id),
    routes.products.restrictions(),
    routes.products.channels(),
    ...Object.values(routes.pricing).map((build) => build()),
    routes.admin.users(),
    routes.admin.newUser(),
    routes.admin.user(id),
    routes.admin.audit(),
    routes.admin.auditExport(),
    routes.admin.emails(),
    routes.admin.email(id),
    routes.admin.emailAttachment(id, 0),
    ...SHOP_AREAS.flatMap((a) => [routes.shop.pos(a), routes.shop.sales(a), routes.shop.salesExport(a), routes.shop.sale(a, id), routes.shop.receipt(a, id), routes.shop.registers(a), routes.shop.session(a, id), routes.shop.stock(a), routes.shop.ledger(a)]),
    routes.shop.suppliers(),
    routes.shop.purchases(),
    routes.shop.purchase(id),
    routes.shop.prices(),
    routes.shop.products(),
    routes.shop.productsExport(),
    routes.shop.newProduct(),
    routes.shop.product(id),
    routes.shop.bills(),
    routes.shop.bill(id),
    routes.shop.billFile(id),
    routes.shop.cashFlow(),
    routes.shop.cashFlowExport(),
    routes.shop.settings(),
  ]);
}

describe('navigation', () => {
  it('links only to paths some route builder produces', () => {
    const known = everyRoutePath();
    for (const items of Object.values(NAVIGATION)) for (const item of items) expect(known, item.href).toContain(item.href);
  });

  it('stays inside the area it belongs to', () => {
    for (const [area, items] of Object.entries(NAVIGATION)) for (const item of items) expect(item.href.split('/')[1]).toBe(area);
  });
});
