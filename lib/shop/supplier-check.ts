import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { suppliers } from '@/db/schema';
import { DomainError } from '@/lib/server/errors';

/** A supplier chosen in a form must be one of this shop's (never another shop's): refused at the field otherwise. */
export async function assertShopSupplier(db: DbExecutor, shopId: string, supplierId: string | null): Promise<void> {
  if (!supplierId) return;
  const [row] = await db.select({ id: suppliers.id }).from(suppliers).where(and(eq(suppliers.id, supplierId), eq(suppliers.shopId, shopId)));
  if (!row) throw new DomainError('validation.invalidOption', 'supplierId');
}
