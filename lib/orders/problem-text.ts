import { createTranslator } from 'next-intl';
import { messagesFor } from '@/lib/i18n/messages';
import { formatMoney } from '@/lib/format';
import type { Locale } from '@/lib/server/context';
import type { ConditionProblem } from './conditions';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One unmet condition, said exactly ("Faltam R$ 120,00 para o pedido mínimo de R$ 1.500,00"). */
export function describeProblem(t: Translate, p: ConditionProblem, locale: string): string {
  switch (p.code) {
    case 'empty':
      return t('orders.problems.empty');
    case 'minimum':
      return t('orders.problems.minimum', { missing: formatMoney(p.missingCents, locale), minimum: formatMoney(p.minimumCents, locale) });
    case 'discount':
      return t('orders.problems.discount', { max: (p.maxBps / 100).toLocaleString(locale) });
    case 'paymentTerm':
      return t('orders.problems.paymentTerm');
    case 'multiple':
      return t('orders.problems.multiple', { product: p.product, quantity: p.quantity, multiple: p.multiple });
    case 'unavailable':
      return t('orders.problems.unavailable', { product: p.product });
  }
}

/** The same, outside a request (inside a use case), in the actor's language. */
export function describeProblems(problems: ConditionProblem[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) }) as unknown as Translate;
  return problems.map((p) => describeProblem(t, p, locale)).join(' ');
}
