import type { Db } from '@/db/client';

/** Counts at scale 1; `--scale` multiplies every one of them. */
export const BASE_COUNTS = { customers: 5000, representatives: 50, shops: 20, products: 2000, orders: 300_000 } as const;
export type Counts = { -readonly [K in keyof typeof BASE_COUNTS]: number };

/** The counts a run at `scale` generates (at least one of each; two shops, so one runs its counter beside the demo's). */
export function countsFor(scale: number): Counts {
  const out = {} as Counts;
  for (const [k, v] of Object.entries(BASE_COUNTS)) out[k as keyof Counts] = Math.max(k === 'shops' ? 2 : 1, Math.round(v * scale));
  return out;
}

/** Three years of business, up to the data set's "today" (fixed, so runs are reproducible): São Paulo midnights. */
export const START = Date.parse('2023-12-01T03:00:00Z');
export const END = Date.parse('2026-11-29T03:00:00Z');

export type Staff = { admin: string; comercial: string[]; financeiro: string[] };

/** A customer as the order generator needs it. */
export type SeedCustomer = {
  id: string;
  index: number;
  uf: string;
  company: boolean;
  companySize: string | null;
  useType: 'industria' | 'revenda' | 'consumidor';
  representativeId: string | null;
  /** Its shop login (lojista), when it orders online itself. */
  lojistaId: string | null;
  /** When it became a customer (created_at). */
  since: number;
  scenarioId: string | null;
  groupId: string | null;
};

export type Seeded = {
  db: Db;
  scale: number;
  counts: Counts;
  log: (message: string) => void;
};
