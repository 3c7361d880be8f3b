import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orderLines, orders } from '@/db/schema';
import type { ActionResult } from '@/lib/server/use-case';
import { adjustTestKit, type AdjustTestKit } from './adjust-test-kit';
import { approveOrder } from './lifecycle-use-cases';

let db: Db;
let drop: () => Promise<void>;
let A: AdjustTestKit['A'];
let variants: AdjustTestKit['variants'];
let run: AdjustTestKit['run'];
let setStock: AdjustTestKit['setStock'];
let stockOf: AdjustTestKit['stockOf'];
let submitted: AdjustTestKit['submitted'];
let linesOf: AdjustTestKit['linesOf'];
let orderRow: AdjustTestKit['orderRow'];
let adjust: AdjustTestKit['adjust'];
let reservedFor: AdjustTestKit['reservedFor'];

beforeAll(async () => {
  ({ db, drop, A, variants, run, setStock, stockOf, submitted, linesOf, orderRow, adjust, reservedFor } = await adjustTestKit());
});
afterAll(() => drop());

describe('adjusting quantities while the order is being approved', () => {
  it('an approval and an adjustment racing for the order: whichever locks it first, the approved order reserves exactly what it holds', async () => {
    const v = variants[4]!;
    await setStock(v.id, 1000);
    const approve = (orderId: string) => () => run(A.representante!, approveOrder, { orderId });
    const change = (orderId: string) => () => adjust('comercial', orderId, [[4, 5]]);

    // The adjustment queues first on the order's lock: the approval then reserves the adjusted quantity.
    const first = (await submitted([[4, 2]])).id;
    const [adjusted, approved] = await queuedOnOrder(first, change(first), approve(first));
    expect(adjusted).toMatchObject({ ok: true, data: { totalCents: 56_000 } });
    expect(approved).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await linesOf(first)).toEqual([[v.id, 5, 11_200]]);
    expect(await reservedFor(first)).toBe(5);

    // The approval queues first: the adjustment finds the order approved and changes nothing.
    const second = (await submitted([[4, 2]])).id;
    const [approvedToo, refused] = await queuedOnOrder(second, approve(second), change(second));
    expect(approvedToo).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(refused).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
    expect(await linesOf(second)).toEqual([[v.id, 2, 11_200]]);
    expect(await reservedFor(second)).toBe(2);
    expect((await orderRow(second)).totalCents).toBe(22_400);
    expect((await stockOf(v.id)).reserved).toBe(7);
  });

  it('free-running concurrent approvals and adjustments keep every approved order fully reserved', async () => {
    const v = variants[5]!;
    await setStock(v.id, 1000);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await submitted([[5, 2]])).id);
    for (const [n, orderId] of ids.entries()) {
      const approve = () => run(A.representante!, approveOrder, { orderId });
      const change = () => adjust('comercial', orderId, [[5, 5]]);
      let approved: ActionResult, adjusted: ActionResult;
      if (n % 2) [approved, adjusted] = await Promise.all([approve(), change()]);
      else [adjusted, approved] = await Promise.all([change(), approve()]);
      expect(approved).toMatchObject({ ok: true, data: { status: 'approved' } });
      const [line] = await linesOf(orderId);
      expect(await reservedFor(orderId)).toBe(line![1]);
      if (adjusted.ok) expect(line![1]).toBe(5);
      else expect(adjusted).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
      expect((await orderRow(orderId)).totalCents).toBe(Number(line![1]) * 11_200);
    }
    const total = (
      await db
        .select({ q: orderLines.quantity })
        .from(orderLines)
        .where(sql`${orderLines.orderId} IN ${ids}`)
    ).reduce((s, l) => s + l.q, 0);
    expect((await stockOf(v.id)).reserved).toBe(total);
  });
});

/**
 * Runs two use cases that both start by locking the order, in a known order: the order is held by
 * another transaction while `first` and then `second` queue on its row lock, then let go. PostgreSQL
 * hands a row lock to its waiters in turn, so `first` has the order to itself and `second` reads what it left.
 */
async function queuedOnOrder<A, B>(orderId: string, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = db.transaction(async (tx) => {
    await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, orderId)).for('update');
    locked();
    await held;
  });
  await isLocked;
  const a = first();
  await waitersOnLocks(1);
  const b = second();
  await waitersOnLocks(2);
  release();
  await holder;
  return [await a, await b];
}

/** Waits until `n` sessions of this database wait on a lock. */
async function waitersOnLocks(n: number) {
  for (let i = 0; i < 500; i++) {
    const [row] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)) as unknown as [{ n: number }];
    if (row.n >= n) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no ${n} sessions waiting on a lock`);
}
