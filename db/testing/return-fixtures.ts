import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { creditNotes, orderLines, returnLines, returns } from '../schema';
import { authoriseReturn, closeReturn, inspectReturn, openReturn, receiveReturn, refuseReturn, routeReturn } from '@/lib/returns/use-cases';
import type { ReturnDestination, ReturnReason, ReturnStatus } from '@/lib/returns/transitions';
import { runUseCase } from '@/lib/server/use-case';
import { must, shopLogin, staffActor } from './staff';

/** Builders for return tests: a return of a delivered order driven through the use cases to a state, its credit note. */

const PATH: Record<ReturnStatus, ('authorise' | 'refuse' | 'receive' | 'inspect' | 'route' | 'close')[]> = {
  requested: [],
  refused: ['refuse'],
  authorised: ['authorise'],
  received: ['authorise', 'receive'],
  inspected: ['authorise', 'receive', 'inspect'],
  routed: ['authorise', 'receive', 'inspect', 'route'],
  closed: ['authorise', 'receive', 'inspect', 'route', 'close'],
};

/**
 * A return of a delivered order (see makeOrder), opened by the customer's shop login for `lines`
 * (default: one unit of the order's first line; each line's reason defaults to defect) and moved by comercial to `state`: every line is
 * accepted at inspection and routed to `destination` (default restock, which puts the units back in stock).
 */
export async function makeReturn(
  db: Db,
  input: { order: { id: string; customerId: string }; state?: ReturnStatus; lines?: { orderLineId: string; quantity: number; reason?: ReturnReason }[]; destination?: ReturnDestination },
) {
  const state = input.state ?? 'requested';
  const lines = input.lines ?? [{ orderLineId: (await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, input.order.id)).limit(1))[0]!.id, quantity: 1 }];
  const shop = await shopLogin(db, input.order.customerId);
  const { returnId } = must(
    'returns.open',
    await runUseCase({ db, actor: shop }, openReturn, { orderId: input.order.id, lines: lines.map((l) => ({ orderLineId: l.orderLineId, quantity: String(l.quantity), reason: l.reason ?? 'defect' })) }),
  );
  const as = { db, actor: await staffActor(db, 'comercial') };
  const lineIds = async () => (await db.select({ id: returnLines.id }).from(returnLines).where(eq(returnLines.returnId, returnId))).map((l) => l.id);
  for (const step of PATH[state]) {
    if (step === 'authorise') must('returns.authorise', await runUseCase(as, authoriseReturn, { returnId }));
    if (step === 'refuse') must('returns.refuse', await runUseCase(as, refuseReturn, { returnId, reason: 'Fora do prazo' }));
    if (step === 'receive') must('returns.receive', await runUseCase(as, receiveReturn, { returnId }));
    if (step === 'inspect') must('returns.inspect', await runUseCase(as, inspectReturn, { returnId, lines: (await lineIds()).map((lineId) => ({ lineId, outcome: 'accepted', note: '' })) }));
    if (step === 'route') must('returns.route', await runUseCase(as, routeReturn, { returnId, lines: (await lineIds()).map((lineId) => ({ lineId, destination: input.destination ?? 'restock' })) }));
    if (step === 'close') must('returns.close', await runUseCase(as, closeReturn, { returnId }));
  }
  const [row] = await db.select().from(returns).where(eq(returns.id, returnId));
  const [creditNote] = await db.select().from(creditNotes).where(eq(creditNotes.returnId, returnId));
  return { ...row!, creditNote: creditNote ?? null };
}

/**
 * Marks a credit note settled. Settlement happens outside the app (finance's own system) and no use
 * case records it, so this writes the status: a deliberate setup of a settled note.
 */
export async function settleCreditNote(db: Db, creditNoteId: string) {
  await db.update(creditNotes).set({ status: 'settled' }).where(eq(creditNotes.id, creditNoteId));
}
