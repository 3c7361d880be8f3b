'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Button } from '@/components/ui/button';
import { authoriseReturnAction, closeReturnAction, inspectReturnAction, openReturnAction, receiveReturnAction, recordReturnShipmentAction, refuseReturnAction, routeReturnAction } from '@/lib/returns/actions';
import { defaultDestination, RETURN_DESTINATIONS, RETURN_OUTCOMES, type ReturnAction, type ReturnOutcome, type ReturnReason } from '@/lib/returns/transitions';
import type { ActionResult } from '@/lib/server/use-case';
import { TableView } from '@/components/data-table/table-view';
import { Input, Select, Textarea } from '@/components/forms/inputs';
import { returnRequestColumns, type ReturnableLine } from './return-request-table/columns';

type Line = { id: string; label: string; quantity: number; outcome: ReturnOutcome | null; reason: ReturnReason };
type Shipment = { returnInvoice: string | null; reverseShippingCode: string | null };

/** The one next step of a return (and refusing, while it is requested). Inspection and routing ask per line. */
export function ReturnStepForms({ returnId, next, canRefuse, lines, shipment }: { returnId: string; next: ReturnAction | null; canRefuse: boolean; lines: Line[]; shipment: Shipment }) {
  const t = useTranslations('returns');
  if (!next && !canRefuse) return <p className="text-sm text-stone-600">{t('actions.none')}</p>;
  return (
    <div className="space-y-4">
      {next === 'authorise' && <Simple action={authoriseReturnAction} returnId={returnId} label={t('actions.authorise')} />}
      {next === 'receive' && (
        <InlineActionForm action={receiveReturnAction} submitLabel={t('actions.receive')} label={t('actions.receive')} variant="primary">
          <input type="hidden" name="returnId" value={returnId} />
          <ShipmentFields shipment={shipment} idPrefix="receive" />
        </InlineActionForm>
      )}
      {next === 'close' && <Simple action={closeReturnAction} returnId={returnId} label={t('actions.close')} />}
      {next === 'inspect' && (
        <InlineActionForm action={inspectReturnAction} submitLabel={t('actions.inspect')} label={t('actions.inspect')} variant="primary">
          <input type="hidden" name="returnId" value={returnId} />
          <div className="w-full space-y-2">
            {lines.map((l, i) => (
              <div key={l.id} className="flex flex-wrap items-center gap-2 text-sm">
                <input type="hidden" name={`lines.${i}.lineId`} value={l.id} />
                <span className="w-56">
                  {l.label} × {l.quantity}
                </span>
                <Select name={`lines.${i}.outcome`} aria-label={`${t('detail.outcome')} — ${l.label}`} density="compact" defaultValue="accepted">
                  {RETURN_OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {t(`outcomes.${o}`)}
                    </option>
                  ))}
                </Select>
                <Input name={`lines.${i}.note`} aria-label={`${t('detail.note')} — ${l.label}`} placeholder={t('detail.note')} density="compact" className="w-56" />
              </div>
            ))}
          </div>
        </InlineActionForm>
      )}
      {next === 'route' && (
        <InlineActionForm action={routeReturnAction} submitLabel={t('actions.route')} label={t('actions.route')} variant="primary">
          <input type="hidden" name="returnId" value={returnId} />
          <div className="w-full space-y-2">
            {lines.map((l, i) => (
              <div key={l.id} className="flex flex-wrap items-center gap-2 text-sm">
                <input type="hidden" name={`lines.${i}.lineId`} value={l.id} />
                <span className="w-56">
                  {l.label} × {l.quantity}
                  <span className="block text-xs text-stone-500">{t(`reasons.${l.reason}`)}</span>
                </span>
                <Select name={`lines.${i}.destination`} aria-label={`${t('detail.destination')} — ${l.label}`} density="compact" defaultValue={defaultDestination(l.outcome, l.reason)}>
                  {RETURN_DESTINATIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`destinations.${d}`)}
                    </option>
                  ))}
                </Select>
              </div>
            ))}
          </div>
        </InlineActionForm>
      )}
      {canRefuse && (
        <InlineActionForm action={refuseReturnAction} submitLabel={t('actions.refuse')} label={t('actions.refuse')} variant="danger">
          <input type="hidden" name="returnId" value={returnId} />
          <label htmlFor="refuse-reason" className="text-sm font-medium">
            {t('actions.reason')}
          </label>
          <Input id="refuse-reason" name="reason" density="compact" className="w-64" />
        </InlineActionForm>
      )}
    </div>
  );
}

/** The return invoice and reverse-shipping code, filled with what is already recorded. */
function ShipmentFields({ shipment, idPrefix }: { shipment: Shipment; idPrefix: string }) {
  const t = useTranslations('returns');
  return (
    <div className="grid w-full gap-2 sm:grid-cols-2">
      <label htmlFor={`${idPrefix}-invoice`} className="flex flex-col text-sm font-medium">
        {t('detail.returnInvoice')}
        <Input id={`${idPrefix}-invoice`} name="returnInvoice" defaultValue={shipment.returnInvoice ?? ''} inputMode="numeric" maxLength={60} density="compact" aria-describedby={`${idPrefix}-invoice-hint`} />
        <span id={`${idPrefix}-invoice-hint`} className="text-xs font-normal text-stone-500">
          {t('shipment.invoiceHint')}
        </span>
      </label>
      <label htmlFor={`${idPrefix}-code`} className="flex flex-col text-sm font-medium">
        {t('detail.reverseShippingCode')}
        <Input id={`${idPrefix}-code`} name="reverseShippingCode" defaultValue={shipment.reverseShippingCode ?? ''} maxLength={40} density="compact" />
      </label>
    </div>
  );
}

/** The shop, once its return is authorised, says how the goods travel back. */
export function ReturnShipmentForm({ returnId, shipment }: { returnId: string; shipment: Shipment }) {
  const t = useTranslations('returns');
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600">{t('shipment.description')}</p>
      <InlineActionForm action={recordReturnShipmentAction} submitLabel={t('shipment.save')} label={t('shipment.title')} variant="primary">
        <input type="hidden" name="returnId" value={returnId} />
        <ShipmentFields shipment={shipment} idPrefix="ship" />
      </InlineActionForm>
    </div>
  );
}

function Simple({ action, returnId, label }: { action: (p: ActionResult | null, f: FormData) => Promise<ActionResult>; returnId: string; label: string }) {
  return (
    <InlineActionForm action={action} submitLabel={label} label={label} variant="primary">
      <input type="hidden" name="returnId" value={returnId} />
    </InlineActionForm>
  );
}

/**
 * A shop flags a return: quantity and reason per delivered line (at most what is left), a
 * description and photos. Nothing typed is lost when the server says no.
 */
export function NewReturnForm({ orderId, lines }: { orderId: string; lines: ReturnableLine[] }) {
  const t = useTranslations();
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const failed = state && !state.ok ? state : null;
  const errorFor = (field: string) => failed?.fieldErrors[field]?.map((e) => t(e, failed.meta)).join(' ');
  return (
    <form
      noValidate
      aria-label={t('returns.new.submit')}
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(async () => setState(await openReturnAction(null, data)));
      }}
    >
      <input type="hidden" name="orderId" value={orderId} />
      <TableView columns={returnRequestColumns(t, errorFor)} rows={lines} rowKey={(l) => l.id} variant="plain" />
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="flex flex-col text-sm font-medium">
          {t('returns.new.photos')}
          <input type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple className="text-sm" aria-describedby="photos-hint" />
          <span id="photos-hint" className="text-xs font-normal text-stone-500">
            {t('returns.new.photosHint')}
          </span>
          {errorFor('photos') && (
            <span role="alert" className="text-xs text-red-700">
              {errorFor('photos')}
            </span>
          )}
        </label>
      </div>
      <label className="flex flex-col text-sm font-medium">
        {t('returns.new.details')}
        <Textarea name="description" rows={3} maxLength={1000} density="compact" />
      </label>
      {failed && !Object.keys(failed.fieldErrors).length && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(failed.error, failed.meta)}
        </p>
      )}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t('common.saving') : t('returns.new.submit')}
      </Button>
    </form>
  );
}
