import PurchaseRequestEmail from '@/emails/purchase-request';
import SaleReceiptEmail from '@/emails/sale-receipt';
import { defineEmailTemplate } from '@/lib/email/define-email-template';
import { purchaseRequestPdf } from './purchase-pdf';

export type PurchaseRequestEmailData = {
  number: number;
  shopName: string;
  shopDocument: string;
  shopEmail: string | null;
  supplierName: string;
  contact: string | null;
  date: string;
  notes: string | null;
  lines: { sku: string; description: string; quantity: number }[];
};

/** A shop asks its supplier for goods: the lines in the body and the same request as a PDF attachment. */
export const purchaseRequestEmail = defineEmailTemplate({
  name: 'purchase-request',
  render(d: PurchaseRequestEmailData, { t }) {
    const subject = t('purchaseRequest.subject', { number: d.number, shop: d.shopName });
    return {
      subject,
      element: (
        <PurchaseRequestEmail
          lines={d.lines}
          copy={{
            preview: subject,
            greeting: t('greeting', { name: d.contact ?? d.supplierName }),
            body: t('purchaseRequest.body', { shop: d.shopName, number: d.number }),
            attached: t('purchaseRequest.attached'),
            notes: d.notes ? t('purchaseRequest.notes', { notes: d.notes }) : null,
            footer: t('purchaseRequest.footer', { shop: d.shopName }),
            sku: t('purchaseRequest.sku'),
            item: t('purchaseRequest.item'),
            quantity: t('purchaseRequest.quantity'),
          }}
        />
      ),
    };
  },
  async attachments(d: PurchaseRequestEmailData, { t }) {
    const content = await purchaseRequestPdf({
      title: t('purchaseRequest.pdfTitle', { number: d.number }),
      header: [`${d.shopName} · ${d.shopDocument}`, t('purchaseRequest.to', { supplier: d.supplierName }), t('purchaseRequest.date', { date: d.date })],
      columns: { sku: t('purchaseRequest.sku'), item: t('purchaseRequest.item'), quantity: t('purchaseRequest.quantity') },
      lines: d.lines,
      notes: d.notes ? t('purchaseRequest.notes', { notes: d.notes }) : null,
      footer: t('purchaseRequest.footer', { shop: d.shopName }),
    });
    return [{ filename: `pedido-de-compra-${d.number}.pdf`, contentType: 'application/pdf', content }];
  },
});

export type SaleReceiptEmailData = {
  number: number;
  shopName: string;
  date: string;
  name: string | null;
  lines: { description: string; quantity: number; totalCents: number }[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  payments: { method: 'cash' | 'debit' | 'credit' | 'pix'; amountCents: number; installments: number }[];
  changeCents: number;
};

/** A counter sale's receipt, e-mailed to the buyer from the sale's page. */
export const saleReceiptEmail = defineEmailTemplate({
  name: 'sale-receipt',
  render(d: SaleReceiptEmailData, { t, root, format }) {
    const subject = t('saleReceipt.subject', { number: d.number, shop: d.shopName });
    const summary = [
      { label: root('shop.pos.subtotal'), value: format.money(d.subtotalCents) },
      ...(d.discountCents ? [{ label: root('shop.pos.lineDiscount'), value: `− ${format.money(d.discountCents)}` }] : []),
      { label: root('shop.pos.total'), value: format.money(d.totalCents) },
      ...d.payments.map((p) => ({ label: p.installments > 1 ? `${root(`shop.methods.${p.method}`)} ${p.installments}x` : root(`shop.methods.${p.method}`), value: format.money(p.amountCents) })),
      ...(d.changeCents ? [{ label: root('shop.pos.change'), value: format.money(d.changeCents) }] : []),
    ];
    return {
      subject,
      element: (
        <SaleReceiptEmail
          lines={d.lines.map((l) => ({ description: l.description, quantity: l.quantity, total: format.money(l.totalCents) }))}
          summary={summary}
          copy={{
            preview: subject,
            greeting: d.name ? t('greeting', { name: d.name }) : t('saleReceipt.hello'),
            body: t('saleReceipt.body', { shop: d.shopName, number: d.number, date: d.date }),
            footer: t('saleReceipt.footer', { shop: d.shopName }),
            item: t('purchaseRequest.item'),
            total: root('shop.pos.total'),
          }}
        />
      ),
    };
  },
});
