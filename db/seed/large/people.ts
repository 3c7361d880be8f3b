import { customerAssets, customerContacts, customerPhones, customers, representativeProfiles, shops, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from '../demo';
import { customerRow, FIRST, generateCustomers, LAST } from '../customer-generator';
import { END, START, type SeedCustomer, type Seeded, type Staff } from './context';
import { ALL_CITIES, representativeUfs, ufFor } from './places';
import { DAY, Random } from './random';

/** The demo's logins for every role but the representative's and the shop's (those belong to generated people below). */
const STAFF = [
  { email: 'admin@venda.local', name: 'Ana Diretora', role: 'admin' },
  { email: 'comercial@venda.local', name: 'Bruno Comercial', role: 'comercial' },
  { email: 'carla.expedicao@venda.local', name: 'Carla Expedição', role: 'comercial' },
  { email: 'diego.comercial@venda.local', name: 'Diego Comercial', role: 'comercial' },
  { email: 'financeiro@venda.local', name: 'Fábio Financeiro', role: 'financeiro' },
  { email: 'helena.financeiro@venda.local', name: 'Helena Financeiro', role: 'financeiro' },
] as const;
/** The demo's four representatives come first, with their demo emails. */
const DEMO_REPS = [
  ['representante@venda.local', 'Rafael Moreira'],
  ['camila.rocha@venda.local', 'Camila Rocha'],
  ['joao.pereira@venda.local', 'João Pereira'],
  ['luana.prado@venda.local', 'Luana Prado'],
] as const;
/** Share of companies that order online with a login of their own (the rest order through their representative). */
const ONLINE_SHARE = 0.4;

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

function chunks<T>(rows: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Emails are unique (case-insensitive): a repeated one gets a number before the @. */
function uniqueEmails() {
  const used = new Set<string>();
  return (email: string) => {
    let candidate = email.toLowerCase();
    for (let n = 2; used.has(candidate); n++) candidate = email.replace('@', `${n}@`).toLowerCase();
    used.add(candidate);
    return candidate;
  };
}

export type People = { staff: Staff; customers: SeedCustomer[]; shopCount: number; users: number };

/**
 * Staff with the demo's logins, representatives with their states and portfolios, customers in every
 * UF (valid CPF/CNPJ, phones, contacts, plates and serials from the demo's generator), shop logins for
 * the companies that order online, and shops with an owner and a clerk. Every password is the demo's.
 */
export async function seedPeople({ db, counts }: Seeded): Promise<People> {
  const rand = new Random(11);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const email = uniqueEmails();
  const hired = new Date(START - 1000 * DAY);
  type UserRow = typeof users.$inferInsert;
  const staffRows: UserRow[] = STAFF.map((s) => ({ id: rand.uuid(), email: email(s.email), name: s.name, role: s.role, passwordHash, createdAt: hired, updatedAt: hired }));
  const staff: Staff = {
    admin: staffRows[0]!.id!,
    comercial: staffRows.filter((u) => u.role === 'comercial').map((u) => u.id!),
    financeiro: staffRows.filter((u) => u.role === 'financeiro').map((u) => u.id!),
  };

  const coverage = representativeUfs(counts.representatives);
  const reps = coverage.map((ufs, i) => {
    const [demoEmail, demoName] = DEMO_REPS[i] ?? [];
    const name = demoName ?? `${rand.pick(FIRST)} ${rand.pick(LAST)}`;
    return { id: rand.uuid(), name, email: email(demoEmail ?? `${slug(name)}@venda.local`), ufs, commissionBps: rand.pick([300, 350, 400, 450, 500, 600]) };
  });
  await db.insert(users).values([...staffRows, ...reps.map((r) => ({ id: r.id, email: r.email, name: r.name, role: 'representante' as const, passwordHash, createdAt: hired, updatedAt: hired }))]);
  await db.insert(representativeProfiles).values(reps.map((r) => ({ userId: r.id, commissionBps: r.commissionBps, ufs: r.ufs })));

  // Customers: the demo's generator over all 27 states; each goes to a representative covering its UF.
  const generated = generateCustomers(counts.customers, reps.length, 5000, { cities: ALL_CITIES, ufFor });
  const repsOf = new Map<string, string[]>();
  reps.forEach((r) => r.ufs.forEach((uf) => repsOf.set(uf, [...(repsOf.get(uf) ?? []), r.id])));
  const seenInUf = new Map<string, number>();
  const seeded: SeedCustomer[] = generated.map((c, index) => {
    const n = seenInUf.get(c.uf) ?? 0;
    seenInUf.set(c.uf, n + 1);
    const candidates = repsOf.get(c.uf) ?? [reps[0]!.id];
    const company = c.documentType === 'cnpj';
    const since = rand.chance(0.7) ? START - rand.int(1, 900) * DAY : START + rand.int(0, Math.floor((END - START) / DAY) - 60) * DAY;
    return {
      id: rand.uuid(),
      index,
      uf: c.uf,
      company,
      companySize: c.companySize,
      useType: c.useType,
      representativeId: c.repIndex === null ? null : candidates[n % candidates.length]!,
      lojistaId: company && rand.chance(ONLINE_SHARE) ? rand.uuid() : null,
      since,
      scenarioId: null,
      groupId: null,
    };
  });
  for (const rows of chunks(generated.map((c, i) => ({ c, s: seeded[i]! })))) {
    await db.insert(customers).values(
      rows.map(({ c, s }) => customerRow(c, { id: s.id, representativeId: s.representativeId, createdAt: new Date(s.since), updatedAt: new Date(s.since) })),
    );
  }
  const phones = generated.flatMap((c, i) => c.phones.map((p, position) => ({ ...p, position, customerId: seeded[i]!.id })));
  const contacts = generated.flatMap((c, i) => c.contacts.map((x, position) => ({ ...x, position, customerId: seeded[i]!.id })));
  const assetKeys = new Set<string>();
  const assets = generated.flatMap((c, i) => c.assets.filter((a) => !assetKeys.has(`${a.kind}:${a.value}`) && assetKeys.add(`${a.kind}:${a.value}`)).map((a) => ({ ...a, customerId: seeded[i]!.id })));
  for (const rows of chunks(phones)) await db.insert(customerPhones).values(rows);
  for (const rows of chunks(contacts)) await db.insert(customerContacts).values(rows);
  for (const rows of chunks(assets)) await db.insert(customerAssets).values(rows);

  // Shop logins: the contact of each company that orders online.
  const online = seeded.filter((s) => s.lojistaId);
  const shopOwners = rand.sample(online, counts.shops);
  const first = shopOwners[0];
  const lojistas: UserRow[] = online.map((s) => {
    const contact = generated[s.index]!.contacts[0]!;
    const demo = s === first;
    return {
      id: s.lojistaId!,
      email: email(demo ? 'lojista@venda.local' : contact.email),
      name: demo ? 'Luiza Lojista' : contact.name,
      role: 'lojista',
      customerId: s.id,
      passwordHash,
      createdAt: new Date(s.since),
      updatedAt: new Date(s.since),
    };
  });
  for (const rows of chunks(lojistas)) await db.insert(users).values(rows);

  // Shops run on Venda, each with its owner's login (above) and a clerk.
  const shopRows = shopOwners.map((s) => ({
    id: rand.uuid(),
    customerId: s.id,
    name: `${generated[s.index]!.tradeName ?? generated[s.index]!.name} — ${generated[s.index]!.city}`,
    createdAt: new Date(Math.max(s.since, START)),
  }));
  if (shopRows.length) await db.insert(shops).values(shopRows);
  const clerks: UserRow[] = shopRows.map((shop, i) => ({
    id: rand.uuid(),
    email: email(i === 0 ? 'usuario@venda.local' : `caixa.loja${String(i + 1).padStart(2, '0')}@venda.local`),
    name: i === 0 ? 'Uriel Técnico' : `${rand.pick(FIRST)} ${rand.pick(LAST)}`,
    role: 'usuario',
    shopId: shop.id,
    passwordHash,
    createdAt: shop.createdAt,
    updatedAt: shop.createdAt,
  }));
  if (clerks.length) await db.insert(users).values(clerks);
  return { staff, customers: seeded, shopCount: shopRows.length, users: staffRows.length + reps.length + lojistas.length + clerks.length };
}
