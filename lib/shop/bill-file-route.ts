import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { bills } from '@/db/schema';
import { documentResponse, readDocument } from '@/lib/files/documents';
import { isUuid } from '@/lib/server/ids';
import { routeError, type RouteFn, type RouteParams } from '@/lib/server/route-core';
import { shopRecordScope } from './scope';

/** GET /lojista/contas/:id/arquivo — a bill's file, exactly when the bill is the caller's shop's. */
export const billFileRoute: RouteFn<RouteParams, 'shop.bills'> = async ({ db, actor, params }) => {
  const id = params.id ?? '';
  const [bill] = isUuid(id)
    ? await db
        .select({ key: bills.fileKey, type: bills.fileType, description: bills.description })
        .from(bills)
        .where(and(eq(bills.id, id), isNotNull(bills.fileKey), shopRecordScope(actor, bills.shopId)))
    : [];
  if (!bill?.key || !bill.type) return routeError(404, 'errors.notFound');
  const body = await readDocument(bill.key).catch(() => null);
  if (!body) return routeError(404, 'errors.notFound');
  return documentResponse(body, bill.type, `${bill.description}.${bill.key.split('.').pop()}`);
};

