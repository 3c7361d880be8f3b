import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, customerAssets, customerContacts, customerPhones, customers, representativeProfiles, shops, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { withCheckDigits } from '@/lib/crm/document';
import { seedOrderConditions } from './orders';
import { seedCatalog } from './catalog';
import { customerRow, generateCustomers, type GeneratedCustomer } from './customer-generator';

export const DEMO_PASSWORD = 'venda123';

const REPRESENTATIVES = [
  { email: 'representante@venda.local', name: 'Rafael Moreira', commissionBps: 500, ufs: ['PR', 'RS', 'SC'] },
  { email: 'camila.rocha@venda.local', name: 'Camila Rocha', commissionBps: 450, ufs: ['RJ', 'SP'] },
  { email: 'joao.pereira@venda.local', name: 'João Pereira', commissionBps: 400, ufs: ['BA', 'GO', 'MG', 'PE'] },
  { email: 'luana.prado@venda.local', name: 'Luana Prado', commissionBps: 500, ufs: ['CE', 'DF'] },
];

/** Named customers the demo refers to: [name, CPF/CNPJ base, UF, representative index, plates/serials]. */
const NAMED: [string, string, string, number, GeneratedCustomer['assets']][] = [
  ['Boutique Aurora Ltda', '278651340001', 'SC', 0, [{ kind: 'plate', value: 'MAR2A26', description: 'Furgão de entregas' }]],
  ['Moda Bella Confecções ME', '145728390001', 'RS', 0, []],
  ['Estilo Carioca Comércio de Roupas', '339182740001', 'RJ', 1, []],
  ['Casa Vitória Modas', '451209870001', 'SP', 1, []],
  ['Lojas Sertão Fashion', '098765430001', 'BA', 2, []],
  ['Armazém Minas Vestuário', '214365870001', 'MG', 2, []],
  ['Ateliê Paranaense', '567812340001', 'PR', 0, []],
  ['Vista-se Goiânia', '678123450001', 'GO', 2, []],
  ['Mariana Souza Lima', '529982247', 'SP', 1, [{ kind: 'serial', value: 'SN2026AURORA', description: 'iPhone 13' }]],
  ['Carlos Eduardo Nunes', '111444777', 'PE', 2, [{ kind: 'plate', value: 'QRS1234', description: 'Carro particular' }]],
  ['Fernanda Alves Costa', '123456789', 'RS', 0, []],
  ['Novo Horizonte Moda', '12ABC34501DE', 'SC', 0, []],
];
const GENERATED = 190;

/** The named customers, with addresses and phones borrowed from generated ones in the same state. */
function namedCustomers(pool: GeneratedCustomer[]): GeneratedCustomer[] {
  return NAMED.map(([name, base, uf, repIndex, assets]) => {
    const document = withCheckDigits(base);
    const company = document.length === 14;
    const like = pool.find((c) => c.uf === uf && (c.documentType === 'cnpj') === company) ?? pool.find((c) => c.uf === uf)!;
    return {
      ...like,
      document,
      documentType: company ? 'cnpj' : 'cpf',
      name,
      tradeName: company ? name.replace(/ (Ltda|ME)$/, '') : null,
      companySize: company ? (like.companySize ?? 'me') : null,
      useType: company ? 'revenda' : 'consumidor',
      repIndex,
      assets,
    };
  });
}

/**
 * Demo data for the embedded default (or SEED_DEMO=1): one user per role, all with password `venda123`,
 * four representatives with portfolios, about 200 customers in 11 states (valid documents, phones,
 * contacts, plates and serials), and three shops. Runs once: skips if users exist.
 */
export async function seedDemo(db: Db, log: (m: string) => void = console.log): Promise<boolean> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const reps = await tx
      .insert(users)
      .values(REPRESENTATIVES.map((r) => ({ email: r.email, name: r.name, role: 'representante' as const, passwordHash })))
      .returning({ id: users.id });
    await tx.insert(representativeProfiles).values(REPRESENTATIVES.map((r, i) => ({ userId: reps[i]!.id, commissionBps: r.commissionBps, ufs: r.ufs })));

    const generated = generateCustomers(GENERATED, REPRESENTATIVES.length);
    const named = namedCustomers(generated);
    const namedDocs = new Set(named.map((c) => c.document));
    const all = [...named, ...generated.filter((c) => !namedDocs.has(c.document))];

    const inserted = await tx
      .insert(customers)
      .values(
        all.map((c) => customerRow(c, { representativeId: c.repIndex === null ? null : reps[c.repIndex]!.id })),
      )
      .returning({ id: customers.id, document: customers.document });
    const idOf = new Map(inserted.map((r) => [r.document, r.id]));
    await tx.insert(customerPhones).values(all.flatMap((c) => c.phones.map((p, position) => ({ ...p, position, customerId: idOf.get(c.document)! }))));
    const contacts = all.flatMap((c) => c.contacts.map((x, position) => ({ ...x, position, customerId: idOf.get(c.document)! })));
    if (contacts.length) await tx.insert(customerContacts).values(contacts);
    const assets = all.flatMap((c) => c.assets.map((a) => ({ ...a, customerId: idOf.get(c.document)! })));
    if (assets.length) await tx.insert(customerAssets).values(assets).onConflictDoNothing();

    const aurora = idOf.get(named[0]!.document)!;
    const bella = idOf.get(named[1]!.document)!;
    const [auroraCentro, , bellaShop] = await tx
      .insert(shops)
      .values([
        { name: 'Aurora Centro — Florianópolis', customerId: aurora },
        { name: 'Aurora Shopping Itaguaçu', customerId: aurora },
        { name: 'Moda Bella Porto Alegre', customerId: bella },
      ])
      .returning({ id: shops.id });

    await tx.insert(users).values([
      { email: 'admin@venda.local', name: 'Ana Diretora', role: 'admin', passwordHash },
      { email: 'comercial@venda.local', name: 'Bruno Comercial', role: 'comercial', passwordHash },
      { email: 'lojista@venda.local', name: 'Luiza Aurora', role: 'lojista', customerId: aurora, passwordHash },
      { email: 'financeiro@venda.local', name: 'Fábio Financeiro', role: 'financeiro', passwordHash },
      { email: 'usuario@venda.local', name: 'Uriel Técnico', role: 'usuario', shopId: auroraCentro!.id, passwordHash },
      { email: 'marcos.caixa@venda.local', name: 'Marcos Caixa', role: 'usuario', shopId: auroraCentro!.id, passwordHash },
      { email: 'bella@venda.local', name: 'Beatriz Bella', role: 'lojista', customerId: bella, passwordHash },
      { email: 'paula.bella@venda.local', name: 'Paula Vendedora', role: 'usuario', shopId: bellaShop!.id, passwordHash },
    ]);
    await seedCatalog(tx, null);
    const vitoria = idOf.get(named[3]!.document)!;
    const minas = idOf.get(named[5]!.document)!;
    await tx.insert(users).values([
      { email: 'vitoria@venda.local', name: 'Vitória Santos', role: 'lojista', customerId: vitoria, passwordHash },
      { email: 'minas@venda.local', name: 'Marta Minas', role: 'lojista', customerId: minas, passwordHash },
    ]);
    await seedOrderConditions(tx, [
      { customerId: aurora, creditLimitCents: 5_000_000 },
      { customerId: bella, creditLimitCents: 2_000_000 },
      { customerId: vitoria, creditLimitCents: 3_000_000 },
      { customerId: minas, creditLimitCents: 3_000_000 },
    ]);
    await tx.insert(auditLog).values({ action: 'system.seed', entity: 'system', after: { customers: all.length, shops: 3 } });
  });
  log(`[seed] demo data created — log in as admin@venda.local / ${DEMO_PASSWORD}`);
  return true;
}
