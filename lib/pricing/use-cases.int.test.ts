import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, contracts, customerGroupMembers, customerGroups, customers, priceListItems, priceLists, products, salesScenarios, sizeScenarios, useTypeDefaults } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer } from '@/db/testing/fixtures';
import { giveOwnScenario, makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { pricingFor } from './customer-pricing';
import { addGroupMembers, createScenario, removeGroupMember, setAdjustment, setAdvancedPricing, setListPrice, updateContract, updateScenario } from './use-cases';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;
let comercial: Actor;
let rsChannel: string;
/** Priced through a group (Atacado Sul – SC) and through its own scenario (Revenda Premium). */
let aurora: string;
let bella: string;
const as = () => ({ db, actor: comercial });

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  comercial = A.comercial;
  // Three origins, as in the demo, so a scenario has 27 × 3 lists.
  const channels = [await makeChannel(db, { uf: 'RS' }), await makeChannel(db, { uf: 'SP' }), await makeChannel(db, { uf: 'MG' })];
  rsChannel = channels[0]!.id;
  for (let i = 0; i < 3; i++) await makeProduct(db, { locations: channels.map((c) => c.locationId), stock: 5 });
  const atacado = await makeScenario(db, { name: 'Atacado Sul', rounding: 'end90' });
  const premium = await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500, rounding: 'end90' });
  aurora = (await makeCustomer(db, { uf: 'SC' })).id;
  await putInGroup(db, aurora, atacado.id);
  bella = (await makeCustomer(db, { uf: 'RS' })).id;
  await giveOwnScenario(db, bella, premium.id);
});
afterAll(() => drop());

describe('pricing administration', () => {
  it('creates a scenario with its groups and lists, and editing it regenerates keeping hand-edited prices', async () => {
    const r = await runUseCase(as(), createScenario, { name: 'Outlet', factor: '80', rounding: 'integer' });
    expect(r).toMatchObject({ ok: true, data: { groups: 27, lists: 81 } });
    const id = r.ok ? r.data.id : '';
    const [list] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, id), eq(priceLists.destUf, 'SP')));
    const [product] = await db.select().from(products).limit(1);
    expect((await runUseCase(as(), setListPrice, { priceListId: list!.id, productId: product!.id, price: '99,90' })).ok).toBe(true);
    expect((await runUseCase(as(), updateScenario, { id, name: 'Outlet', factor: '70', rounding: 'integer' })).ok).toBe(true);
    const [kept] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, list!.id), eq(priceListItems.productId, product!.id)));
    expect(kept).toMatchObject({ priceCents: 9990, overridden: true });
    expect((await runUseCase(as(), setListPrice, { priceListId: list!.id, productId: product!.id, price: '' })).ok).toBe(true);
    const [back] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, list!.id), eq(priceListItems.productId, product!.id)));
    expect(back!.overridden).toBe(false);
    expect(back!.priceCents % 100).toBe(0);
    expect(await runUseCase(as(), createScenario, { name: 'Outlet', factor: '80', rounding: 'integer' })).toMatchObject({ ok: false, fieldErrors: { name: ['validation.scenarioTaken'] } });
  });

  it('the group screen refuses a customer already in a group, naming it and adding none, and removal frees it', async () => {
    const [other] = await db.select().from(customerGroups).where(eq(customerGroups.name, 'Revenda Premium – SC'));
    const free = await makeCustomer(db, { name: 'Loja Livre de Grupo' });
    const [auroraRow] = await db.select({ name: customers.name }).from(customers).where(eq(customers.id, aurora));
    expect(await runUseCase(as(), addGroupMembers, { groupId: other!.id, customerIds: [free.id, aurora] })).toMatchObject({
      ok: false,
      error: 'pricing.alreadyInGroup',
      meta: { names: auroraRow!.name },
    });
    expect(await db.$count(customerGroupMembers, eq(customerGroupMembers.customerId, free.id))).toBe(0);
    expect(await runUseCase(as(), addGroupMembers, { groupId: other!.id })).toMatchObject({ ok: false, fieldErrors: { customerIds: ['validation.pickCustomers'] } });
    expect((await runUseCase(as(), removeGroupMember, { customerId: aurora })).ok).toBe(true);
    expect(await runUseCase(as(), addGroupMembers, { groupId: other!.id, customerIds: [aurora] })).toMatchObject({ ok: true, data: { added: 1 } });
    const rs = rsChannel;
    expect(await pricingFor(db, aurora, rs)).toMatchObject({ source: 'group', scenarioName: 'Revenda Premium' });
  });

  it('the use-type default, when set, overrides the customer own scenario', async () => {
    const [outlet] = await db.select().from(salesScenarios).where(eq(salesScenarios.name, 'Outlet'));
    expect((await runUseCase(as(), setAdvancedPricing, { useTypes: { revenda: outlet!.id } })).ok).toBe(true);
    const rs = rsChannel;
    expect(await pricingFor(db, bella, rs)).toMatchObject({ source: 'system_default', scenarioName: 'Outlet' });
    expect((await runUseCase(as(), setAdvancedPricing, { useTypes: { revenda: '' } })).ok).toBe(true);
    expect(await pricingFor(db, bella, rs)).toMatchObject({ source: 'own', scenarioName: 'Revenda Premium' });
  });

  it('changes only the advanced settings a request carries, refuses one that carries none, and audits before and after', async () => {
    const [outlet] = await db.select().from(salesScenarios).where(eq(salesScenarios.name, 'Outlet'));
    const [premium] = await db.select().from(salesScenarios).where(eq(salesScenarios.name, 'Revenda Premium'));
    expect((await runUseCase(as(), setAdvancedPricing, { sizes: { epp: outlet!.id, grande: premium!.id }, useTypes: { industria: premium!.id } })).ok).toBe(true);
    // A partial post (one size) leaves every other setting as it was.
    expect((await runUseCase(as(), setAdvancedPricing, { sizes: { epp: '' } })).ok).toBe(true);
    expect(await db.select({ size: sizeScenarios.companySize, scenario: sizeScenarios.scenarioId }).from(sizeScenarios)).toEqual([{ size: 'grande', scenario: premium!.id }]);
    expect(await db.select({ useType: useTypeDefaults.useType }).from(useTypeDefaults)).toEqual([{ useType: 'industria' }]);
    // A post without any setting changes nothing.
    expect(await runUseCase(as(), setAdvancedPricing, {})).toMatchObject({ ok: false, error: 'errors.invalidInput' });
    expect(await db.$count(sizeScenarios)).toBe(1);
    const [last] = await db.select().from(auditLog).where(eq(auditLog.action, 'pricing.advanced')).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({ before: { sizes: { epp: outlet!.id }, useTypes: {} }, after: { sizes: { epp: null }, useTypes: {} } });
    expect((await runUseCase(as(), setAdvancedPricing, { sizes: { grande: '' }, useTypes: { industria: '' } })).ok).toBe(true);
  });

  it('editing an adjustment reprices the lists that use it', async () => {
    const rs = { id: rsChannel };
    const [atacado] = await db.select().from(salesScenarios).where(eq(salesScenarios.name, 'Atacado Sul'));
    const [list] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, atacado!.id), eq(priceLists.destUf, 'PR'), eq(priceLists.channelId, rs.id)));
    const [before] = await db.select().from(priceListItems).where(eq(priceListItems.priceListId, list!.id)).limit(1);
    expect((await runUseCase(as(), setAdjustment, { originUf: 'RS', destUf: 'PR', adjustment: '30' })).ok).toBe(true);
    const [after] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, list!.id), eq(priceListItems.productId, before!.productId)));
    expect(after!.priceCents).toBeGreaterThan(before!.priceCents);
  });

  it("a group's contract in force names the list; outside its period the scenario's list applies", async () => {
    const rs = { id: rsChannel };
    const base = await pricingFor(db, aurora, rs.id);
    // Generated contracts point each group at its scenario's list, so a group customer prices through one.
    expect(base).toMatchObject({ source: 'group', contract: true });
    const [group] = await db.select().from(customerGroups).where(eq(customerGroups.name, base!.groupName!));
    const [contract] = await db.select().from(contracts).where(and(eq(contracts.groupId, group!.id), eq(contracts.channelId, rs.id)));
    const [outlet] = await db.select().from(salesScenarios).where(eq(salesScenarios.name, 'Outlet'));
    const [outletList] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, outlet!.id), eq(priceLists.destUf, 'SC'), eq(priceLists.channelId, rs.id)));
    const [wrongChannel] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, outlet!.id), eq(priceLists.destUf, 'SC'))).limit(3);
    const other = wrongChannel!.channelId === rs.id ? null : wrongChannel;
    if (other) expect(await runUseCase(as(), updateContract, { id: contract!.id, priceListId: other.id, validFrom: '', validTo: '' })).toMatchObject({ ok: false, fieldErrors: { priceListId: ['validation.invalidOption'] } });
    expect(await runUseCase(as(), updateContract, { id: contract!.id, priceListId: outletList!.id, validFrom: '2026-12-31', validTo: '2026-01-01' })).toMatchObject({ ok: false, fieldErrors: { validTo: ['validation.dateOrder'] } });

    expect((await runUseCase(as(), updateContract, { id: contract!.id, priceListId: outletList!.id, validFrom: '2020-01-01', validTo: '' })).ok).toBe(true);
    expect(await pricingFor(db, aurora, rs.id)).toMatchObject({ listId: outletList!.id, contract: true });
    expect((await runUseCase(as(), updateContract, { id: contract!.id, priceListId: outletList!.id, validFrom: '2020-01-01', validTo: '2020-12-31' })).ok).toBe(true);
    expect(await pricingFor(db, aurora, rs.id)).toMatchObject({ listId: base!.listId, contract: false });
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    const someone = A[role];
    expect(await runUseCase({ db, actor: someone }, createScenario, { name: 'Pirata', factor: '10', rounding: 'none' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await runUseCase({ db, actor: someone }, setAdjustment, { originUf: 'RS', destUf: 'PR', adjustment: '0' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});
