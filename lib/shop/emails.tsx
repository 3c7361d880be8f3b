import PurchaseRequestEmail from '@/emails/purchase-request';
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
