import type { customers } from '@/db/schema';
import { withCheckDigits } from '@/lib/crm/document';
import { buildSearchText } from '@/lib/crm/search-text';

/** Deterministic pseudo-random numbers, so every fresh database gets the same demo customers. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** [city, CEP prefix (5 digits), DDD] per UF: the 11 states of the demo. */
export type CityTable = Record<string, [string, string, string][]>;

export const CITIES: CityTable = {
  // UF: [city, CEP prefix (5 digits), DDD]
  SC: [['Florianópolis', '88010', '48'], ['Joinville', '89201', '47'], ['Blumenau', '89010', '47'], ['Chapecó', '89801', '49']],
  RS: [['Porto Alegre', '90010', '51'], ['Caxias do Sul', '95020', '54'], ['Pelotas', '96010', '53']],
  PR: [['Curitiba', '80010', '41'], ['Londrina', '86010', '43'], ['Maringá', '87013', '44']],
  SP: [['São Paulo', '01310', '11'], ['Campinas', '13010', '19'], ['Ribeirão Preto', '14010', '16'], ['Santos', '11010', '13']],
  RJ: [['Rio de Janeiro', '20040', '21'], ['Niterói', '24020', '21'], ['Petrópolis', '25610', '24']],
  MG: [['Belo Horizonte', '30110', '31'], ['Uberlândia', '38400', '34'], ['Juiz de Fora', '36010', '32']],
  BA: [['Salvador', '40010', '71'], ['Feira de Santana', '44001', '75']],
  PE: [['Recife', '50010', '81'], ['Caruaru', '55002', '81']],
  GO: [['Goiânia', '74003', '62'], ['Anápolis', '75020', '62']],
  CE: [['Fortaleza', '60025', '85']],
  DF: [['Brasília', '70040', '61']],
};
const STREETS = ['Rua das Flores', 'Avenida Brasil', 'Rua XV de Novembro', 'Rua Sete de Setembro', 'Avenida Paulista', 'Rua Felipe Schmidt', 'Rua da Praia', 'Avenida Beira-Mar', 'Rua Marechal Deodoro', 'Rua Tiradentes'];
const DISTRICTS = ['Centro', 'Jardim América', 'Vila Nova', 'Trindade', 'Boa Vista', 'Santa Mônica', 'Moinhos de Vento'];
export const FIRST = ['Ana', 'Beatriz', 'Carla', 'Daniela', 'Eduarda', 'Fernanda', 'Gabriela', 'Helena', 'Isabela', 'Juliana', 'Larissa', 'Mariana', 'Natália', 'Patrícia', 'Renata', 'Sofia', 'Bruno', 'Carlos', 'Diego', 'Felipe', 'Gustavo', 'Henrique', 'Lucas', 'Marcelo', 'Rafael', 'Thiago'];
export const LAST = ['Silva', 'Souza', 'Oliveira', 'Santos', 'Pereira', 'Lima', 'Costa', 'Ferreira', 'Almeida', 'Ribeiro', 'Carvalho', 'Gomes', 'Martins', 'Rocha', 'Barbosa', 'Moreira'];
const SHOP_A = ['Boutique', 'Ateliê', 'Casa', 'Empório', 'Espaço', 'Loja', 'Maison', 'Studio', 'Armazém', 'Vitrine'];
const SHOP_B = ['Aurora', 'Bella Moda', 'Charme', 'Elegance', 'Estilo Próprio', 'Flor de Lis', 'Jardim', 'Lua Nova', 'Mar Azul', 'Primavera', 'Seda', 'Trama', 'Urbana', 'Vento Sul', 'Zinnia', 'Linho & Cia', 'Dona Rosa', 'Ponto Chic'];
const SUFFIX = ['Ltda', 'ME', 'EIRELI', 'Comércio de Roupas Ltda', 'Confecções Ltda'];
const SIZES = ['mei', 'me', 'epp', 'medio', 'grande'] as const;
const TAGS = ['vip', 'atacado', 'novo', 'multimarca', 'shopping', 'rua'];
const DEVICES = ['iPhone 13', 'Galaxy S22', 'Moto G84', 'Notebook Dell', 'iPad Air'];

export type GeneratedCustomer = {
  documentType: 'cpf' | 'cnpj';
  document: string;
  name: string;
  tradeName: string | null;
  email: string;
  cep: string;
  street: string;
  number: string;
  district: string;
  city: string;
  uf: string;
  companySize: (typeof SIZES)[number] | null;
  useType: 'industria' | 'revenda' | 'consumidor';
  creditLimitCents: number;
  tags: string[];
  repIndex: number | null;
  phones: { number: string; label: string | null; isWhatsapp: boolean }[];
  contacts: { name: string; role: string; email: string; phone: string }[];
  assets: { kind: 'plate' | 'serial'; value: string; description: string }[];
};

/** A generated customer as its `customers` row, with the search text the app would build; `extra` adds the id, representative and dates. */
export function customerRow(c: GeneratedCustomer, extra: Partial<typeof customers.$inferInsert> = {}): typeof customers.$inferInsert {
  return {
    documentType: c.documentType,
    document: c.document,
    name: c.name,
    tradeName: c.tradeName,
    email: c.email,
    cep: c.cep,
    street: c.street,
    number: c.number,
    district: c.district,
    city: c.city,
    uf: c.uf,
    companySize: c.companySize,
    useType: c.useType,
    creditLimitCents: c.creditLimitCents,
    tags: c.tags,
    searchText: buildSearchText({ ...c, phones: c.phones.map((p) => p.number), assets: c.assets.map((a) => a.value) }),
    ...extra,
  };
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

/**
 * Realistic customers: about 60% shops (CNPJ, some alphanumeric), 40% people (CPF), by default in turn
 * across the 11 states of CITIES; `options` gives another city table and the UF of the i-th customer.
 */
export function generateCustomers(count: number, repCount: number, seed = 2026, options: { cities?: CityTable; ufFor?: (i: number) => string } = {}): GeneratedCustomer[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const cities = options.cities ?? CITIES;
  const ufs = Object.keys(cities);
  const ufFor = options.ufFor ?? ((i: number) => ufs[i % ufs.length]!);
  const out: GeneratedCustomer[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const uf = ufFor(i);
    const [city, cepPrefix, ddd] = pick(cities[uf]!);
    const company = rand() < 0.6;
    let document: string;
    do {
      document = company
        ? withCheckDigits(rand() < 0.1 ? `${digits(2)}${'ABCDEFGH'[Math.floor(rand() * 8)]}${digits(5)}0001`.slice(0, 12) : `${digits(8)}0001`)
        : withCheckDigits(digits(9));
    } while (used.has(document) || /^(\d)\1+$/.test(document));
    used.add(document);
    const person = `${pick(FIRST)} ${pick(LAST)} ${pick(LAST)}`;
    const shop = `${pick(SHOP_A)} ${pick(SHOP_B)}`;
    const name = company ? `${shop} ${pick(SUFFIX)}` : person;
    const mobile = `${ddd}9${digits(8)}`;
    const phones = [{ number: mobile, label: company ? 'Loja' : 'Celular', isWhatsapp: true }];
    if (company && rand() < 0.5) phones.push({ number: `${ddd}3${digits(7)}`, label: 'Fixo', isWhatsapp: false });
    const assets: GeneratedCustomer['assets'] = [];
    if (rand() < 0.25) {
      const L = () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(rand() * 26)]!;
      const plate = rand() < 0.5 ? `${L()}${L()}${L()}${digits(4)}` : `${L()}${L()}${L()}${digits(1)}${L()}${digits(2)}`;
      assets.push({ kind: 'plate', value: plate, description: 'Veículo de entregas' });
    }
    if (rand() < 0.2) assets.push({ kind: 'serial', value: `SN${digits(4)}${'XYZ'[Math.floor(rand() * 3)]}${digits(5)}`, description: pick(DEVICES) });
    out.push({
      documentType: company ? 'cnpj' : 'cpf',
      document,
      name,
      tradeName: company ? shop : null,
      email: company ? `contato@${slug(shop)}.com.br` : `${slug(person)}@email.com.br`,
      cep: `${cepPrefix}${digits(3)}`,
      street: pick(STREETS),
      number: String(1 + Math.floor(rand() * 2000)),
      district: pick(DISTRICTS),
      city,
      uf,
      companySize: company ? pick(SIZES) : null,
      useType: company ? (rand() < 0.9 ? 'revenda' : 'industria') : 'consumidor',
      creditLimitCents: company ? Math.round(rand() * 50) * 100_000 : 0,
      tags: company && rand() < 0.5 ? [pick(TAGS)] : [],
      repIndex: rand() < 0.93 ? i % repCount : null,
      phones,
      contacts: company ? [{ name: person, role: rand() < 0.5 ? 'Proprietária' : 'Compras', email: `${slug(person)}@${slug(shop)}.com.br`, phone: mobile }] : [],
      assets,
    });
  }
  return out;
}
