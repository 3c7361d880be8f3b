import { getFormatter, getTranslations } from 'next-intl/server';
import type { RegisterTotals } from '@/db/schema';
import { countDifference, PAYMENT_METHODS } from '@/lib/shop/sale-math';

/** A register's money per method: expected, and once closed what was counted and the difference. */
export async function ExpectedTable({ expected, counted, caption }: { expected: RegisterTotals; counted: RegisterTotals | null; caption: string }) {
  const t = await getTranslations('shop');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const diff = counted ? countDifference(expected, counted) : null;
  const total = (x: RegisterTotals) => PAYMENT_METHODS.reduce((s, m) => s + x[m], 0);
  const tone = (cents: number) => (cents < 0 ? 'text-red-700' : cents > 0 ? 'text-amber-800' : '');
  return (
    <table className="w-full text-sm" data-testid="register-totals">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-200 text-left text-xs uppercase text-stone-500">
          <th scope="col" className="py-1">{t('registers.method')}</th>
          <th scope="col" className="py-1 text-right">{t('registers.expected')}</th>
          {counted && <th scope="col" className="py-1 text-right">{t('registers.counted')}</th>}
          {diff && <th scope="col" className="py-1 text-right">{t('registers.difference')}</th>}
        </tr>
      </thead>
      <tbody>
        {PAYMENT_METHODS.map((m) => (
          <tr key={m} className="border-b border-stone-100">
            <th scope="row" className="py-1 text-left font-normal">{t(`methods.${m}`)}</th>
            <td className="py-1 text-right tabular-nums">{money(expected[m])}</td>
            {counted && <td className="py-1 text-right tabular-nums">{money(counted[m])}</td>}
            {diff && <td className={`py-1 text-right tabular-nums ${tone(diff.byMethod[m])}`}>{money(diff.byMethod[m])}</td>}
          </tr>
        ))}
        <tr className="font-semibold">
          <th scope="row" className="py-1 text-left">{t('registers.totalRow')}</th>
          <td className="py-1 text-right tabular-nums">{money(total(expected))}</td>
          {counted && <td className="py-1 text-right tabular-nums">{money(total(counted))}</td>}
          {diff && <td className={`py-1 text-right tabular-nums ${tone(diff.totalCents)}`} data-testid="register-difference">{money(diff.totalCents)}</td>}
        </tr>
      </tbody>
    </table>
  );
}
