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

/** Net unit price after the order's discount, rounded: shown beside a returned line. */
export function netUnitCents(unitPriceCents: number, discountBps: number): number {
  return Math.round((unitPriceCents * (10000 - discountBps)) / 10000);
}

/**
 * What each line really cost after the order's discount: the discount (rounded once, on the whole
 * order) is shared among the lines in proportion to their value, the leftover cents going to the
 * largest remainders, so the lines add up exactly to the order's total.
 */
export function netLineCents(lines: { id: string; quantity: number; unitPriceCents: number }[], discountCents: number): Map<string, number> {
  const gross = lines.map((l) => ({ id: l.id, cents: l.quantity * l.unitPriceCents }));
  const subtotal = gross.reduce((s, l) => s + l.cents, 0);
  if (subtotal === 0 || discountCents === 0) return new Map(gross.map((l) => [l.id, l.cents]));
  const shares = gross.map((l) => {
    const exact = (discountCents * l.cents) / subtotal;
    return { id: l.id, cents: l.cents, share: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = discountCents - shares.reduce((s, l) => s + l.share, 0);
  for (const l of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break;
    l.share += 1;
    left -= 1;
  }
  return new Map(shares.map((l) => [l.id, l.cents - l.share]));
}

/**
 * The credit for returning `returned` of a line's `quantity` pieces: the line's net value pro rata,
 * rounded down, so however a line is returned (all at once or in parts) it never credits more than was paid.
 */
export function lineCreditCents(netCents: number, quantity: number, returned: number): number {
  return Math.floor((netCents * returned) / quantity);
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
  | { code: 'multiple'; product: string; quantity: number; multiple: number }
  | { code: 'unavailable'; product: string };

export type OrderFacts = {
  uf: string;
  /** Who submits: their role caps the discount. */
  role: Role;
  discountBps: number;
  paymentTermId: string | null;
  totals: Totals;
  /** `available: false` when the customer can no longer order the product (restricted, inactive, or without a price in its list). */
  products: { name: string; quantity: number; available?: boolean }[];
};

/** Everything that stands between a draft and its submission, each said exactly. */
export function checkConditions(o: OrderFacts, c: Conditions): ConditionProblem[] {
  if (o.products.length === 0) return [{ code: 'empty' }];
  const problems: ConditionProblem[] = o.products.filter((p) => p.available === false).map((p) => ({ code: 'unavailable', product: p.name }));
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

export type Installment = { days: number; amountCents: number; dueAt: Date | null };

/**
 * The order's total split over the payment term's installments (30/60/90 → three), the cents left
 * over going to the first; each falls due `days` after invoicing, so dates exist once invoiced.
 */
export function installments(totalCents: number, days: number[], invoicedAt: Date | null): Installment[] {
  if (!days.length) return [];
  const base = Math.floor(totalCents / days.length);
  const first = totalCents - base * (days.length - 1);
  return days.map((d, i) => ({ days: d, amountCents: i === 0 ? first : base, dueAt: invoicedAt ? new Date(invoicedAt.getTime() + d * 86_400_000) : null }));
}
