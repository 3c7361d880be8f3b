import { and, asc, eq, sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import type { DbExecutor } from '@/db/client';
import { orderLines, products, productVariants, stockLevels } from '@/db/schema';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/server/context';
import { availableSql, levelsAtChannel } from '@/lib/stock/queries';

export type OverStockLine = { variantId: string; label: string; quantity: number; available: number };

/**
 * The rule for quantities above stock: a line asking for more than is available at the order's
 * origin now cannot be submitted; the draft keeps it until it is adjusted. Approval's
 * all-or-nothing reservation stays the final guard (stock may move between submission and approval).
 * One statement: the order's lines against the levels at its channel's location.
 */
export async function overStockLines(db: DbExecutor, order: { id: string; channelId: string }): Promise<OverStockLine[]> {
  const rows = await db
    .select({ variantId: orderLines.variantId, product: products.name, color: productVariants.colorName, size: productVariants.size, quantity: orderLines.quantity, available: availableSql })
    .from(orderLines)
    .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .leftJoin(stockLevels, and(eq(stockLevels.variantId, orderLines.variantId), levelsAtChannel(order.channelId)))
    .where(and(eq(orderLines.orderId, order.id), sql`${orderLines.quantity} > ${availableSql}`))
    .orderBy(asc(products.name), asc(productVariants.colorName), asc(productVariants.size));
  return rows.map((r) => ({ variantId: r.variantId, label: `${r.product} — ${r.color} ${r.size}`, quantity: r.quantity, available: Math.max(0, r.available) }));
}

type Translate = (key: 'orders.problems.overStock', values: Record<string, string | number>) => string;

/** Each line said exactly ("Vestido — Preto M: 5 pedidas, 3 disponíveis"), joined for one message. */
export function describeOverStock(t: Translate, lines: OverStockLine[]): string {
  return lines.map((l) => t('orders.problems.overStock', { line: l.label, quantity: l.quantity, available: l.available })).join('; ');
}

/** The same, outside a request (inside a use case), in the actor's language. */
export function describeOverStockIn(lines: OverStockLine[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate;
  return describeOverStock(t, lines);
}
