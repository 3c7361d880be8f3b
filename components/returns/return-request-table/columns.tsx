import type { Translator } from '@/lib/i18n/message-key';
import type { Column } from '@/components/data-table/column';
import { Input, Select } from '@/components/forms/inputs';
import { RETURN_REASONS } from '@/lib/returns/transitions';

export type ReturnableLine = { id: string; label: string; delivered: number; left: number };

/**
 * The shop's return request, one delivered line per row with the quantity to send back and its reason. Fields are
 * numbered by row (`lines.0.quantity`) because that is how the server names its errors.
 */
export function returnRequestColumns(t: Translator, errorFor: (field: string) => string | undefined): Column<ReturnableLine>[] {
  return [
    { id: 'item', header: t('returns.new.item'), cell: (l) => l.label },
    { id: 'delivered', header: t('returns.new.delivered'), align: 'right', className: 'tabular-nums', cell: (l) => l.delivered },
    { id: 'left', header: t('returns.new.left'), align: 'right', className: 'tabular-nums', cell: (l) => l.left },
    {
      id: 'quantity',
      header: t('returns.new.quantity'),
      cell: (l, i) => {
        const err = errorFor(`lines.${i}.quantity`);
        return (
          <>
            <input type="hidden" name={`lines.${i}.orderLineId`} value={l.id} />
            <Input
              name={`lines.${i}.quantity`}
              inputMode="numeric"
              disabled={l.left === 0}
              aria-label={t('returns.new.quantityFor', { item: l.label })}
              aria-invalid={err ? true : undefined}
              density="compact"
              invalid={Boolean(err)}
              className="w-20"
            />
            {err && (
              <span role="alert" className="ml-2 text-xs text-red-700">
                {err}
              </span>
            )}
          </>
        );
      },
    },
    {
      id: 'reason',
      header: t('returns.new.reason'),
      cell: (l, i) => {
        const err = errorFor(`lines.${i}.reason`);
        return (
          <>
            <Select
              name={`lines.${i}.reason`}
              defaultValue=""
              disabled={l.left === 0}
              aria-label={t('returns.new.reasonFor', { item: l.label })}
              aria-invalid={err ? true : undefined}
              density="compact"
              invalid={Boolean(err)}
            >
              <option value="">{t('returns.new.chooseReason')}</option>
              {RETURN_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`returns.reasons.${r}`)}
                </option>
              ))}
            </Select>
            {err && (
              <span role="alert" className="ml-2 text-xs text-red-700">
                {err}
              </span>
            )}
          </>
        );
      },
    },
  ];
}
