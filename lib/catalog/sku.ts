import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productVariants } from '@/db/schema';
import { DomainError } from '@/lib/server/errors';

/**
 * SKUs are unique across every catalog (the brand's and each shop's own): a new grid whose generated
 * codes are taken is refused at its reference, before the insert would fail on the unique index.
 */
export async function assertSkusFree(db: DbExecutor, skus: readonly string[]): Promise<void> {
  if (!skus.length) return;
  const [taken] = await db.select({ id: productVariants.id }).from(productVariants).where(inArray(productVariants.sku, [...skus])).limit(1);
  if (taken) throw new DomainError('validation.codesTaken', 'reference');
}
