import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { UFS } from '@/lib/crm/document';
import { DISCOUNT_ROLES } from '@/lib/orders/condition-use-cases';
import { listPaymentTerms, loadConditions } from '@/lib/orders/settings';
import { GeneralConditionsForm, PaymentTermForm, RemoveUfMinimumForm, TogglePaymentTermForm, UfMinimumForm } from './conditions-forms';
import { centsToInput } from '@/lib/money';

const decimal = (n: number) => (n % 1 === 0 ? String(n) : n.toFixed(2)).replace('.', ',');

/** Comercial › Condições: what every order is submitted under. */
export async function ConditionsPage() {
  const db = getDb();
  const [conditions, terms] = await Promise.all([loadConditions(db), listPaymentTerms(db)]);
  const t = await getTranslations();
  const format = await getFormatter();
  const byUf = Object.entries(conditions.minOrderByUf).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <PageHeader title={t('orders.conditions.title')} description={t('orders.conditions.description')} />
      <div className="space-y-6">
        <Card title={t('orders.conditions.general')}>
          <GeneralConditionsForm
            minOrder={centsToInput(conditions.minOrderCents)}
            multiple={String(conditions.quantityMultiple)}
            discounts={DISCOUNT_ROLES.map((role) => ({ role, label: t(`roles.${role}`), value: decimal((conditions.maxDiscountBps[role] ?? 0) / 100) }))}
          />
        </Card>
        <Card title={t('orders.conditions.byUf')}>
          <p className="mb-3 text-sm text-stone-600">{t('orders.conditions.byUfHint')}</p>
          {byUf.length ? (
            <ul className="mb-4 divide-y divide-stone-100 text-sm">
              {byUf.map(([uf, cents]) => (
                <li key={uf} className="flex items-center justify-between py-2">
                  <span>
                    <strong>{uf}</strong> · {format.number(cents / 100, 'money')}
                  </span>
                  <RemoveUfMinimumForm uf={uf} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-sm text-stone-600">{t('orders.conditions.noUf')}</p>
          )}
          <UfMinimumForm ufs={UFS} />
        </Card>
        <Card title={t('orders.conditions.terms')}>
          {terms.length ? (
            <ul className="mb-4 divide-y divide-stone-100 text-sm" data-testid="payment-terms">
              {terms.map((term) => (
                <li key={term.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>{term.name}</strong> · {t('orders.conditions.installments', { n: term.days.length, days: term.days.join('/') })}{' '}
                    <Badge tone={term.active ? 'green' : 'neutral'}>{term.active ? t('orders.conditions.active') : t('orders.conditions.inactive')}</Badge>
                  </span>
                  <TogglePaymentTermForm id={term.id} active={term.active} name={term.name} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-sm text-stone-600">{t('orders.conditions.noTerms')}</p>
          )}
          <PaymentTermForm />
        </Card>
      </div>
    </>
  );
}
