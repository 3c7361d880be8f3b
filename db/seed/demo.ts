import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, customers, shops, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { withCheckDigits } from '@/lib/crm/document';

export const DEMO_PASSWORD = 'venda123';

const REPRESENTATIVES = [
  { email: 'representante@venda.local', name: 'Rafael Moreira' },
  { email: 'camila.rocha@venda.local', name: 'Camila Rocha' },
  { email: 'joao.pereira@venda.local', name: 'João Pereira' },
];

/** [name, CPF/CNPJ base, UF, representative index] — realistic shops and people across several states. */
const CUSTOMERS: [string, string, string, number][] = [
  ['Boutique Aurora Ltda', '278651340001', 'SC', 0],
  ['Moda Bella Confecções ME', '145728390001', 'RS', 0],
  ['Estilo Carioca Comércio de Roupas', '339182740001', 'RJ', 1],
  ['Casa Vitória Modas', '451209870001', 'SP', 1],
  ['Lojas Sertão Fashion', '098765430001', 'BA', 2],
  ['Armazém Minas Vestuário', '214365870001', 'MG', 2],
  ['Ateliê Paranaense', '567812340001', 'PR', 0],
  ['Vista-se Goiânia', '678123450001', 'GO', 2],
  ['Mariana Souza Lima', '529982247', 'SP', 1],
  ['Carlos Eduardo Nunes', '111444777', 'PE', 2],
  ['Fernanda Alves Costa', '123456789', 'RS', 0],
  ['Novo Horizonte Moda (CNPJ alfanumérico)', '12ABC34501DE', 'SC', 0],
];

/**
 * Demo data for the embedded default (or SEED_DEMO=1): one user per role, all with password `venda123`,
 * representatives with portfolios, customers in eight states, and two shops. Runs once: skips if users exist.
 */
export async function seedDemo(db: Db, log: (m: string) => void = console.log): Promise<boolean> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const reps = await tx
      .insert(users)
      .values(REPRESENTATIVES.map((r) => ({ ...r, role: 'representante' as const, passwordHash })))
      .returning({ id: users.id });

    const insertedCustomers = await tx
      .insert(customers)
      .values(
        CUSTOMERS.map(([name, base, uf, rep]) => {
          const document = withCheckDigits(base);
          return { name, document, documentType: document.length === 11 ? ('cpf' as const) : ('cnpj' as const), uf, representativeId: reps[rep]!.id };
        }),
      )
      .returning({ id: customers.id, name: customers.name });
    const aurora = insertedCustomers[0]!;
    const bella = insertedCustomers[1]!;

    const [auroraCentro, , bellaShop] = await tx
      .insert(shops)
      .values([
        { name: 'Aurora Centro — Florianópolis', customerId: aurora.id },
        { name: 'Aurora Shopping Itaguaçu', customerId: aurora.id },
        { name: 'Moda Bella Porto Alegre', customerId: bella.id },
      ])
      .returning({ id: shops.id });

    await tx.insert(users).values([
      { email: 'admin@venda.local', name: 'Ana Diretora', role: 'admin', passwordHash },
      { email: 'comercial@venda.local', name: 'Bruno Comercial', role: 'comercial', passwordHash },
      { email: 'lojista@venda.local', name: 'Luiza Aurora', role: 'lojista', customerId: aurora.id, passwordHash },
      { email: 'financeiro@venda.local', name: 'Fábio Financeiro', role: 'financeiro', passwordHash },
      { email: 'usuario@venda.local', name: 'Uriel Técnico', role: 'usuario', shopId: auroraCentro!.id, passwordHash },
      { email: 'marcos.caixa@venda.local', name: 'Marcos Caixa', role: 'usuario', shopId: auroraCentro!.id, passwordHash },
      { email: 'bella@venda.local', name: 'Beatriz Bella', role: 'lojista', customerId: bella.id, passwordHash },
      { email: 'paula.bella@venda.local', name: 'Paula Vendedora', role: 'usuario', shopId: bellaShop!.id, passwordHash },
    ]);
    await tx.insert(auditLog).values({ action: 'system.seed', entity: 'system', after: { users: 11, customers: CUSTOMERS.length, shops: 3 } });
  });
  log(`[seed] demo data created — log in as admin@venda.local / ${DEMO_PASSWORD}`);
  return true;
}
