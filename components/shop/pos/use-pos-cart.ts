'use client';

import { useMemo, useState } from 'react';
import { parseMoneyCents } from '@/lib/money';
import { parseDiscount, saleTotals, type PaymentMethod } from '@/lib/shop/sale-math';
import type { ConsumerHit, PosItem } from '@/lib/shop/pos-items';

export type CartLine = PosItem & { quantity: number; discount: string };
export type PaymentRow = { key: number; method: PaymentMethod; amount: string; installments: number };

/** The live view of the cart: what the screen shows while typing. The server prices everything again on finishing. */
function preview(lines: CartLine[], saleDiscount: string, payments: PaymentRow[]) {
  const lineDiscounts = lines.map((l) => parseDiscount(l.discount, l.quantity * l.unitPriceCents) ?? 0);
  const afterLines = lines.reduce((s, l, i) => s + l.quantity * l.unitPriceCents - lineDiscounts[i]!, 0);
  const saleDiscountCents = parseDiscount(saleDiscount, afterLines) ?? 0;
  let totals;
  try {
    totals = saleTotals(
      lines.map((l, i) => ({ quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountCents: lineDiscounts[i] })),
      saleDiscountCents,
    );
  } catch {
    totals = null;
  }
  const totalCents = totals?.totalCents ?? afterLines;
  const paidCents = payments.reduce((s, p) => s + (parseMoneyCents(p.amount, 10) ?? 0), 0);
  return {
    subtotalCents: totals?.subtotalCents ?? afterLines,
    discountCents: (totals?.lineDiscountCents ?? 0) + (totals?.saleDiscountCents ?? 0),
    totalCents,
    paidCents,
    remainingCents: Math.max(0, totalCents - paidCents),
    changeCents: Math.max(0, paidCents - totalCents),
    lineTotals: lines.map((l, i) => l.quantity * l.unitPriceCents - lineDiscounts[i]!),
  };
}

let paymentKey = 0;

/** The counter's cart: lines (adding a variant again adds one to its line), discounts as typed, the consumer and the payments. */
export function usePosCart() {
  const [lines, setLines] = useState<CartLine[]>([]);
  const [saleDiscount, setSaleDiscount] = useState('');
  const [consumer, setConsumer] = useState<ConsumerHit | null>(null);
  const [payments, setPayments] = useState<PaymentRow[]>([]);
  const [saleKey, setSaleKey] = useState(() => crypto.randomUUID());
  const live = useMemo(() => preview(lines, saleDiscount, payments), [lines, saleDiscount, payments]);

  return {
    lines,
    saleDiscount,
    consumer,
    payments,
    saleKey,
    live,
    setSaleDiscount,
    setConsumer,
    add(item: PosItem) {
      setLines((prev) => {
        const at = prev.findIndex((l) => l.variantId === item.variantId);
        if (at < 0) return [...prev, { ...item, quantity: 1, discount: '' }];
        return prev.map((l, i) => (i === at ? { ...l, quantity: l.quantity + 1 } : l));
      });
    },
    update(variantId: string, change: Partial<Pick<CartLine, 'quantity' | 'discount'>>) {
      setLines((prev) => prev.map((l) => (l.variantId === variantId ? { ...l, ...change } : l)));
    },
    remove(variantId: string) {
      setLines((prev) => prev.filter((l) => l.variantId !== variantId));
    },
    /** Adds a payment row and returns its key (its amount input is `pos-amount-<key>`). */
    addPayment(method: PaymentMethod, amount: string) {
      const key = ++paymentKey;
      setPayments((prev) => [...prev, { key, method, amount, installments: 1 }]);
      return key;
    },
    updatePayment(key: number, change: Partial<Omit<PaymentRow, 'key'>>) {
      setPayments((prev) => prev.map((p) => (p.key === key ? { ...p, ...change } : p)));
    },
    removePayment(key: number) {
      setPayments((prev) => prev.filter((p) => p.key !== key));
    },
    /** A cart coming back from the parked list. */
    restore(next: { lines: CartLine[]; discount: string; consumer: ConsumerHit | null }) {
      setLines(next.lines);
      setSaleDiscount(next.discount);
      setConsumer(next.consumer);
      setPayments([]);
    },
    /** After finishing or parking: an empty cart and a new key for the next checkout. */
    clear() {
      setLines([]);
      setSaleDiscount('');
      setConsumer(null);
      setPayments([]);
      setSaleKey(crypto.randomUUID());
    },
    /** What the finish action receives. */
    input(sessionId: string) {
      return {
        idempotencyKey: saleKey,
        sessionId,
        consumerId: consumer?.id ?? '',
        discount: saleDiscount,
        lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, discount: l.discount })),
        payments: payments.map((p) => ({ method: p.method, amount: p.amount, installments: p.installments })),
      };
    },
  };
}
export type PosCart = ReturnType<typeof usePosCart>;
