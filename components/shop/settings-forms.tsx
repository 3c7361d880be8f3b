'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/forms/field';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Select } from '@/components/forms/inputs';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addShopLocationAction, createRegisterAction, saveShopSettingsAction, setRegisterLocationAction } from '@/lib/shop/actions';
import type { ActionResult } from '@/lib/server/use-case';

type Settings = { maxDiscount: string; markup: string; allowNegativeStock: boolean; pixKey: string; pixMerchantName: string; pixCity: string };
const failed = (state: ActionResult | null) => (state && !state.ok ? state : null);

/** The counter's rules; what was typed stays when something is refused. */
export function ShopSettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations('shop.settings');
  const tc = useTranslations('common');
  const [state, action] = useActionState(saveShopSettingsAction, null);
  const f = failed(state);
  const v = (k: keyof Settings) => f?.values?.[k] ?? String(settings[k] ?? '');
  return (
    <form action={action} noValidate className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('sales')}</legend>
        <TextField label={t('maxDiscount')} name="maxDiscount" inputMode="decimal" defaultValue={v('maxDiscount')} errors={f?.fieldErrors.maxDiscount} />
        <TextField label={t('markup')} name="markup" inputMode="decimal" defaultValue={v('markup')} errors={f?.fieldErrors.markup} hint={t('markupHint')} />
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="allowNegativeStock" defaultChecked={f ? f.values?.allowNegativeStock === 'on' : settings.allowNegativeStock} />
          {t('allowNegative')}
        </label>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t('pix')}</legend>
        <TextField label={t('pixKey')} name="pixKey" defaultValue={v('pixKey')} errors={f?.fieldErrors.pixKey} hint={t('pixKeyHint')} maxLength={77} />
        <TextField label={t('pixName')} name="pixMerchantName" defaultValue={v('pixMerchantName')} errors={f?.fieldErrors.pixMerchantName} maxLength={25} />
        <TextField label={t('pixCity')} name="pixCity" defaultValue={v('pixCity')} errors={f?.fieldErrors.pixCity} maxLength={15} />
      </fieldset>
      <FormMessage state={state} success={tc('saved')} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}

type LocationOption = { value: string; label: string };

/** Adds a register to the shop; with several stock locations, the one its sales take goods from. */
export function NewRegisterForm({ locations }: { locations: LocationOption[] }) {
  const t = useTranslations('shop.settings');
  const tc = useTranslations('common');
  const [state, action] = useActionState(createRegisterAction, null);
  const f = failed(state);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <TextField label={t('registerName')} name="name" defaultValue={f?.values?.name ?? ''} errors={f?.fieldErrors.name} maxLength={40} />
      {locations.length > 1 && (
        <SelectField label={t('registerLocation')} name="locationId" id="register-location" defaultValue={f?.values?.locationId ?? locations[0]!.value} errors={f?.fieldErrors.locationId} options={locations} />
      )}
      <SubmitButton>{t('addRegister')}</SubmitButton>
      <FormMessage state={state} success={tc('saved')} />
    </form>
  );
}

/** Moves a register's sales to another of the shop's stock locations. */
export function RegisterLocationForm({ registerId, register, locationId, locations }: { registerId: string; register: string; locationId: string; locations: LocationOption[] }) {
  const t = useTranslations('shop.settings');
  return (
    <InlineActionForm action={setRegisterLocationAction} submitLabel={t('saveLocation')} label={t('registerLocationOf', { register })}>
      <input type="hidden" name="registerId" value={registerId} />
      <Select name="locationId" density="compact" defaultValue={locationId} aria-label={t('registerLocationOf', { register })}>
        {locations.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </Select>
    </InlineActionForm>
  );
}

/** Adds a stock location to the shop (a back room, a second floor). */
export function NewLocationForm() {
  const t = useTranslations('shop.settings');
  const tc = useTranslations('common');
  const [state, action] = useActionState(addShopLocationAction, null);
  const f = failed(state);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={t('addLocation')}>
      <TextField label={t('locationName')} name="name" id="location-name" defaultValue={f?.values?.name ?? ''} errors={f?.fieldErrors.name} maxLength={40} />
      <SubmitButton>{t('addLocation')}</SubmitButton>
      <FormMessage state={state} success={tc('saved')} />
    </form>
  );
}
