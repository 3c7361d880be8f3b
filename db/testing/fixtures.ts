import { randomBytes } from 'node:crypto';
import type { Db } from '../client';
import { customers, shops, users } from '../schema';
import { loadActor } from '@/lib/auth/actor';
import { ROLES, type Role } from '@/lib/auth/roles';
import { withCheckDigits } from '@/lib/crm/document';
import type { Actor } from '@/lib/server/context';

type CompanySize = NonNullable<typeof customers.$inferInsert.companySize>;
type UseType = NonNullable<typeof customers.$inferInsert.useType>;

// A cheap, valid argon2id hash of "venda123" keeps fixtures fast.
let cachedHash: string | null = null;
async function passwordHash(): Promise<string> {
  if (!cachedHash) {
    const { hashPassword } = await import('@/lib/auth/password');
    cachedHash = await hashPassword('venda123');
  }
  return cachedHash;
}

let counter = 0;
function uniqueBase(length: number): string {
  counter++;
  const digits = `${Date.now()}${counter}${randomBytes(4).readUInt32BE()}`.replace(/\D/g, '');
  return digits.slice(-length).padStart(length, '1');
}

/** A customer as the CRM would register it; the pricing and credit fields feed the price resolution and the approval check. */
export async function makeCustomer(
  db: Db,
  input: {
    name?: string;
    uf?: string;
    city?: string;
    representativeId?: string | null;
    cpf?: boolean;
    companySize?: CompanySize | null;
    useType?: UseType;
    creditLimitCents?: number;
  } = {},
) {
  const document = withCheckDigits(uniqueBase(input.cpf ? 9 : 12));
  const [c] = await db
    .insert(customers)
    .values({
      name: input.name ?? `Cliente ${counter}`,
      document,
      documentType: input.cpf ? 'cpf' : 'cnpj',
      uf: input.uf ?? 'SC',
      city: input.city ?? 'Florianópolis',
      representativeId: input.representativeId ?? null,
      companySize: input.companySize ?? null,
      useType: input.useType ?? 'revenda',
      creditLimitCents: input.creditLimitCents ?? 0,
    })
    .returning();
  return c!;
}

export async function makeShop(db: Db, customerId: string, name = `Loja ${counter}`) {
  const [s] = await db.insert(shops).values({ name, customerId }).returning();
  return s!;
}

export async function makeUser(db: Db, role: Role, extra: { customerId?: string; shopId?: string; email?: string; status?: 'active' | 'blocked' } = {}) {
  counter++;
  const [u] = await db
    .insert(users)
    .values({
      name: `${role} ${counter}`,
      email: extra.email ?? `${role}.${counter}.${randomBytes(3).toString('hex')}@test.local`,
      role,
      passwordHash: await passwordHash(),
      customerId: extra.customerId ?? null,
      shopId: extra.shopId ?? null,
      status: extra.status ?? 'active',
    })
    .returning();
  return u!;
}

/** One actor per role, with a customer and shop behind the lojista and the usuario. */
export async function makeActors(db: Db): Promise<Record<Role, Actor>> {
  const rep = await makeUser(db, 'representante');
  const customer = await makeCustomer(db, { representativeId: rep.id });
  const shop = await makeShop(db, customer.id);
  const ids: Record<Role, string> = {
    admin: (await makeUser(db, 'admin')).id,
    comercial: (await makeUser(db, 'comercial')).id,
    representante: rep.id,
    lojista: (await makeUser(db, 'lojista', { customerId: customer.id })).id,
    financeiro: (await makeUser(db, 'financeiro')).id,
    usuario: (await makeUser(db, 'usuario', { shopId: shop.id })).id,
  };
  const entries = await Promise.all(ROLES.map(async (r) => [r, (await loadActor(db, ids[r]))!] as const));
  return Object.fromEntries(entries) as Record<Role, Actor>;
}
