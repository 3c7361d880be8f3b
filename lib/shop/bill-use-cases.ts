import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { bills, purchaseRequests } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { moneyCents } from '@/lib/server/fields';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import { splitInstallments } from './bill-math';
import { detectDocumentType, MAX_DOCUMENT_BYTES, removeDocument, storeDocumentIn, type DocumentType } from '@/lib/files/documents';
import { currentShop } from './current';
import { assertShopSupplier } from './supplier-check';
import { shopRecordScope } from './scope';

const id = z.uuid({ error: 'validation.invalidOption' });
const day = z.iso.date({ error: 'validation.date' });
const optionalId = z
  .union([z.literal(''), id])
  .optional()
  .transform((v) => v || null);

export const newBillSchema = z.strictObject({
  supplierId: optionalId,
  purchaseRequestId: optionalId,
  description: z.string().trim().min(3, { error: 'validation.required' }).max(200, { error: 'validation.tooBig' }),
  category: z.string().trim().min(2, { error: 'validation.required' }).max(60, { error: 'validation.tooBig' }),
  dueOn: day,
  amount: moneyCents(10),
  installments: z.coerce.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(24, { error: 'validation.invalid' }),
  /** The invoice or receipt, base64 (the action reads the uploaded file). */
  file: z
    .string()
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4, { error: 'shop.errors.billFileSize' })
    .optional()
    .transform((v) => v || null),
});
export const payBillSchema = z.strictObject({ billId: id, paidOn: day, amount: moneyCents(10) });
/** Correcting one open installment: what it is, from whom, when it is due and how much. */
export const editBillSchema = z.strictObject({
  billId: id,
  supplierId: optionalId,
  description: newBillSchema.shape.description,
  category: newBillSchema.shape.category,
  dueOn: day,
  amount: moneyCents(10).refine((cents) => cents > 0, { error: 'validation.money' }),
});
export const billIdSchema = z.strictObject({ billId: id });

/** A bill of the shop the owner works in, in monthly installments that add up to the amount; from a received purchase request, its supplier. */
export const createBill = defineUseCase({
  name: 'bills.create',
  permission: 'shop.bills',
  schema: newBillSchema,
  binaryFields: ['file'],
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    let supplierId = input.supplierId;
    if (input.purchaseRequestId) {
      const [request] = await ctx.db.select().from(purchaseRequests).where(and(eq(purchaseRequests.id, input.purchaseRequestId), eq(purchaseRequests.shopId, shop.id)));
      if (!request) throw new NotFoundError();
      supplierId ??= request.supplierId;
    }
    await assertShopSupplier(ctx.db, shop.id, supplierId);
    if (input.amount < input.installments) throw new DomainError('validation.money', 'amount');
    const groupId = randomUUID();
    let file: { key: string; type: DocumentType } | null = null;
    if (input.file) {
      const bytes = Buffer.from(input.file, 'base64');
      if (bytes.length > MAX_DOCUMENT_BYTES) throw new DomainError('shop.errors.billFileSize', 'file');
      const type = detectDocumentType(bytes);
      if (!type) throw new DomainError('shop.errors.billFileType', 'file');
      file = { key: await storeDocumentIn(ctx, groupId, type, bytes), type };
    }
    const parts = splitInstallments(input.amount, input.installments, input.dueOn);
    const rows = await ctx.db
      .insert(bills)
      .values(parts.map((p) => ({ shopId: shop.id, groupId, supplierId, description: input.description, category: input.category, installment: p.installment, installments: input.installments, dueOn: p.dueOn, amountCents: p.amountCents, purchaseRequestId: input.purchaseRequestId, fileKey: file?.key ?? null, fileType: file?.type ?? null, createdById: ctx.actor.userId })))
      .returning({ id: bills.id });
    ctx.audit({ action: 'bills.create', entity: 'bill', entityId: rows[0]!.id, after: { description: input.description, amountCents: input.amount, installments: input.installments, dueOn: input.dueOn } });
    return { billIds: rows.map((r) => r.id) };
  },
});

/** Records an installment paid (the day and the amount actually paid); paying it twice is refused. */
export const payBill = defineUseCase({
  name: 'bills.pay',
  permission: 'shop.bills',
  schema: payBillSchema,
  async run(ctx, input) {
    const bill = await findInScope(ctx.db, bills, input.billId, shopRecordScope(ctx.actor, bills.shopId));
    const [paid] = await ctx.db.update(bills).set({ paidOn: input.paidOn, paidCents: input.amount }).where(and(eq(bills.id, bill.id), isNull(bills.paidOn))).returning({ id: bills.id });
    if (!paid) throw new DomainError('shop.errors.billPaid');
    ctx.audit({ action: 'bills.pay', entity: 'bill', entityId: bill.id, before: { paidOn: null }, after: { paidOn: input.paidOn, paidCents: input.amount } });
    return { billId: bill.id };
  },
});

/** Corrects an installment not yet paid (a paid one is history: refused). */
export const editBill = defineUseCase({
  name: 'bills.edit',
  permission: 'shop.bills',
  schema: editBillSchema,
  async run(ctx, input) {
    const bill = await findInScope(ctx.db, bills, input.billId, shopRecordScope(ctx.actor, bills.shopId));
    await assertShopSupplier(ctx.db, bill.shopId, input.supplierId);
    const [edited] = await ctx.db
      .update(bills)
      .set({ supplierId: input.supplierId, description: input.description, category: input.category, dueOn: input.dueOn, amountCents: input.amount })
      .where(and(eq(bills.id, bill.id), isNull(bills.paidOn)))
      .returning({ id: bills.id });
    if (!edited) throw new DomainError('shop.errors.billPaid');
    const { billId, amount, ...fields } = input;
    ctx.audit({ action: 'bills.edit', entity: 'bill', entityId: billId, before: { description: bill.description, category: bill.category, dueOn: bill.dueOn, amountCents: bill.amountCents, supplierId: bill.supplierId }, after: { ...fields, amountCents: amount } });
    return { billId };
  },
});

/** Removes an installment entered by mistake (not once paid); the others of its bill stay. */
export const removeBill = defineUseCase({
  name: 'bills.remove',
  permission: 'shop.bills',
  schema: billIdSchema,
  async run(ctx, input) {
    const bill = await findInScope(ctx.db, bills, input.billId, shopRecordScope(ctx.actor, bills.shopId));
    const [removed] = await ctx.db.delete(bills).where(and(eq(bills.id, bill.id), isNull(bills.paidOn))).returning({ id: bills.id });
    if (!removed) throw new DomainError('shop.errors.billPaid');
    // Its attached file goes with the last installment that shows it, once the removal is committed.
    if (bill.fileKey) {
      const [shared] = await ctx.db.select({ id: bills.id }).from(bills).where(eq(bills.fileKey, bill.fileKey)).limit(1);
      if (!shared) ctx.onCommit(() => removeDocument(bill.fileKey!));
    }
    ctx.audit({ action: 'bills.remove', entity: 'bill', entityId: bill.id, before: { description: bill.description, installment: bill.installment, dueOn: bill.dueOn, amountCents: bill.amountCents } });
    return { billId: bill.id };
  },
});
