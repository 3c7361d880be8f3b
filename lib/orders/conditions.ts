import type { Role } from '@/lib/auth/roles';

/** The commercial conditions an order is submitted under (area comercial › Condições). */
export type Conditions = {
  minOrderCents: number;
  minOrderByUf: Record<string, number>;
  quantityMultiple: number;
  maxDiscountBps: Partial<Record<Role, number>>;
  /** Active payment terms offered. */
  paymentTermIds: string[];
};

export type Totals = { subtotalCents: number; discountCents: number; totalCents: number };

/** Subtotal of the lines, the discount (rounded to the cent) and the total: the one place money of an order is added up. */
export function orderTotals(lines: { quantity: number; unitPriceCents: number }[], discountBps: number): Totals {
  const subtotalCents = lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0);
  const discountCents = Math.round((subtotalCents * discountBps) / 10000);
  return { subtotalCents, discountCents, totalCents: subtotalCents - discountCents };
}

/** Net unit price after the order's discount: what one returned unit is credited at. */
export function netUnitCents(unitPriceCents: number, discountBps: number): number {
  return Math.round((unitPriceCents * (10000 - discountBps)) / 10000);
}

/** The minimum order value for a customer in `uf`: the UF's own, else the global one. */
export function minimumFor(uf: string, c: Conditions): number {
  return c.minOrderByUf[uf] ?? c.minOrderCents;
}

export function maxDiscountFor(role: Role, c: Conditions): number {
  return c.maxDiscountBps[role] ?? 0;
}

export type ConditionProblem =
  | { code: 'empty' }
  | { code: 'minimum'; minimumCents: number; missingCents: number }
  | { code: 'discount'; maxBps: number }
  | { code: 'paymentTerm' }
  | { code: 'multiple'; product: string; quantity: number; multiple: number };

export type OrderFacts = {
  uf: string;
  /** Who submits: their role caps the discount. */
  role: Role;
  discountBps: number;
  paymentTermId: string | null;
  totals: Totals;
  products: { name: string; quantity: number }[];
};

/** Everything that stands between a draft and its submission, each said exactly. */
export function checkConditions(o: OrderFacts, c: Conditions): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  if (o.products.length === 0) return [{ code: 'empty' }];
  const minimum = minimumFor(o.uf, c);
  if (o.totals.totalCents < minimum) problems.push({ code: 'minimum', minimumCents: minimum, missingCents: minimum - o.totals.totalCents });
  const maxBps = maxDiscountFor(o.role, c);
  if (o.discountBps > maxBps) problems.push({ code: 'discount', maxBps });
  if (!o.paymentTermId || !c.paymentTermIds.includes(o.paymentTermId)) problems.push({ code: 'paymentTerm' });
  if (c.quantityMultiple > 1) {
    for (const p of o.products) if (p.quantity % c.quantityMultiple !== 0) problems.push({ code: 'multiple', product: p.name, quantity: p.quantity, multiple: c.quantityMultiple });
  }
  return problems;
}

/** Expands `count` fixed packs of one color into per-size quantities: { P: 1, M: 2 } × 3 → { P: 3, M: 6 }. */
export function expandPack(quantities: Record<string, number>, count: number): Record<string, number> {
  return Object.fromEntries(Object.entries(quantities).map(([size, q]) => [size, q * count]));
}
