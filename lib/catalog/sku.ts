import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productVariants } from '@/db/schema';
import { DomainError } from '@/lib/server/errors';

/**
 * SKUs are unique within their owner (the brand's catalog, or one shop's own products: `shopId`): a
 * new grid whose generated codes are taken is refused at its reference, before the insert would fail
 * on the unique index.
 */
export async function assertSkusFree(db: DbExecutor, skus: readonly string[], shopId: string | null): Promise<void> {
  if (!skus.length) return;
  const owner = shopId ? eq(productVariants.shopId, shopId) : isNull(productVariants.shopId);
  const [taken] = await db.select({ id: productVariants.id }).from(productVariants).where(and(owner, inArray(productVariants.sku, [...skus]))).limit(1);
  if (taken) throw new DomainError('validation.codesTaken', 'reference');
}
