import { getFormatter, getTranslations } from 'next-intl/server';
import { formatDocument } from '@/lib/crm/document';
import type { SaleDetail } from '@/lib/shop/sale-queries';

/**
 * A sale's receipt: the shop, the items, discounts, payments, change. `narrow` is the 80 mm thermal
 * roll (one column, monospace, 48 characters); otherwise an A4 page with a table.
 */
export async function Receipt({ sale, narrow }: { sale: SaleDetail; narrow: boolean }) {
  const t = await getTranslations('shop');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const s = sale.sale;
  const tendered = sale.payments.find((p) => p.method === 'cash')?.tenderedCents ?? null;
  const rows: [string, string][] = [
    [t('pos.subtotal'), money(s.subtotalCents)],
    ...(s.lineDiscountCents + s.discountCents > 0 ? ([[t('pos.lineDiscount'), `− ${money(s.lineDiscountCents + s.discountCents)}`]] as [string, string][]) : []),
  ];
  return (
    <article data-testid="receipt" className={narrow ? 'mx-auto w-[72mm] font-mono text-[12px] leading-snug text-black' : 'mx-auto max-w-3xl text-sm text-black'}>
      <header className="mb-3 text-center">
        <p className="text-base font-bold">{sale.shopName}</p>
        <p>{formatDocument(sale.shopDocument)}</p>
        {sale.shopCity && <p>{`${sale.shopCity} · ${sale.shopUf}`}</p>}
        <p className="mt-2 font-semibold">{t('sales.saleN', { number: s.number })}</p>
        <p>{format.dateTime(s.createdAt, 'short')}</p>
        {sale.seller && <p>{`${t('sales.seller')}: ${sale.seller}`}</p>}
        {sale.consumer?.name && <p>{`${t('sales.consumer')}: ${sale.consumer.name}${sale.consumer.cpf ? ` · ${formatDocument(sale.consumer.cpf)}` : ''}`}</p>}
        {s.status === 'voided' && <p className="mt-2 text-lg font-bold">{t('receipt.voided')}</p>}
      </header>
      {narrow ? (
        <ul className="border-y border-dashed border-black py-2">
          {sale.lines.map((l) => (
            <li key={l.id} className="mb-1">
              <p>{l.description}</p>
              <p className="flex justify-between">
                <span>{`${l.quantity} × ${money(l.unitPriceCents)}${l.discountCents ? ` − ${money(l.discountCents)}` : ''}`}</span>
                <span>{money(l.totalCents)}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <table className="w-full border-y border-black">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1">{t('pos.product')}</th>
              <th scope="col" className="py-1 text-right">{t('sales.items')}</th>
              <th scope="col" className="py-1 text-right">{t('pos.unitPrice')}</th>
              <th scope="col" className="py-1 text-right">{t('pos.lineDiscount')}</th>
              <th scope="col" className="py-1 text-right">{t('pos.lineTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {sale.lines.map((l) => (
              <tr key={l.id} className="border-t border-stone-300">
                <td className="py-1">{l.description} <span className="font-mono text-xs">{l.sku}</span></td>
                <td className="py-1 text-right">{l.quantity}</td>
                <td className="py-1 text-right">{money(l.unitPriceCents)}</td>
                <td className="py-1 text-right">{l.discountCents ? money(l.discountCents) : '—'}</td>
                <td className="py-1 text-right">{money(l.totalCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="mt-2 grid grid-cols-2 gap-x-2">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{k}</dt>
            <dd className="text-right">{v}</dd>
          </div>
        ))}
        <dt className="font-bold">{t('pos.total')}</dt>
        <dd className="text-right font-bold">{money(s.totalCents)}</dd>
        {sale.payments.map((p) => (
          <div key={p.id} className="contents">
            <dt>{p.method === 'credit' && p.installments > 1 ? `${t(`methods.${p.method}`)} ${t('pos.installmentsN', { n: p.installments })}` : t(`methods.${p.method}`)}</dt>
            <dd className="text-right">{money(p.amountCents)}</dd>
          </div>
        ))}
        {tendered !== null && s.changeCents > 0 && (
          <>
            <dt>{t('receipt.tendered')}</dt>
            <dd className="text-right">{money(tendered)}</dd>
            <dt className="font-bold">{t('pos.change')}</dt>
            <dd className="text-right font-bold">{money(s.changeCents)}</dd>
          </>
        )}
      </dl>
      <footer className="mt-3 text-center">
        <p>{t('receipt.thanks')}</p>
        <p className="text-[10px]">{t('receipt.notFiscal')}</p>
      </footer>
    </article>
  );
}
