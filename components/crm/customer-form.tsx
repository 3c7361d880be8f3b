'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { createCustomerAction, updateCustomerAction, updateOwnContactsAction } from '@/lib/crm/actions';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES, USE_TYPES } from '@/lib/crm/schemas';
import { routes, type CustomersArea } from '@/lib/routes';
import type { ActionResult, FieldErrors } from '@/lib/server/use-case';
import { keyed, RowEditor, rowsFromValues } from './row-editor';
import { Textarea } from '@/components/forms/inputs';

type Phone = { number: string; label: string; isWhatsapp: string };
type Contact = { name: string; role: string; email: string; phone: string };
type Asset = { kind: string; value: string; description: string };

/** Flat string values of a customer, as the form posts them. */
export type CustomerFormValues = Record<string, string> & { id?: string };
export type CustomerFormRows = { phones: Phone[]; contacts: Contact[]; assets: Asset[] };

/**
 * The customer form. `mode="full"` for staff (create or edit), `mode="contacts"` for a shop
 * editing its own contacts, phones and addresses. What was typed stays after a refusal.
 */
export function CustomerForm({
  mode,
  initial,
  rows,
  representatives,
  area,
}: {
  mode: 'full' | 'contacts';
  initial: CustomerFormValues;
  rows: CustomerFormRows;
  /** Null when the user cannot pick (a representative's customers are always its own). */
  representatives: { value: string; label: string }[] | null;
  /** Where the record a duplicate document belongs to opens; null for a shop's own record, which never changes its document. */
  area: CustomersArea | null;
}) {
  const t = useTranslations('customers');
  const action = mode === 'contacts' ? updateOwnContactsAction : initial.id ? updateCustomerAction : createCustomerAction;
  const [state, formAction] = useActionState<ActionResult | null, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const values: Record<string, string> = failed?.values ?? initial;
  const errors = failed?.fieldErrors ?? {};
  const v = (k: string) => values[k] ?? '';
  const [sameDelivery, setSameDelivery] = useState(!initial.deliveryCity);
  const phoneRows = failed ? rowsFromValues<Phone>(values, 'phones', ['number', 'label', 'isWhatsapp']) : keyed(rows.phones);
  const contactRows = failed ? rowsFromValues<Contact>(values, 'contacts', ['name', 'role', 'email', 'phone']) : keyed(rows.contacts);
  const assetRows = failed ? rowsFromValues<Asset>(values, 'assets', ['kind', 'value', 'description']) : keyed(rows.assets);
  const existingId = failed?.meta?.existingId;

  return (
    <form action={formAction} className="space-y-8" key={failed ? JSON.stringify(values) : 'initial'} noValidate>
      {initial.id && mode === 'full' && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage state={state} success={t('saved')} />
      {existingId && area && (
        <p className="text-sm">
          <Link href={routes.customers.detail(area, String(existingId))} className="font-medium text-brand-800 underline">
            {t('openExisting')}
          </Link>
        </p>
      )}

      {mode === 'full' && (
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-stone-900">{t('sections.identification')}</legend>
          <TextField label={t('fields.document')} name="document" defaultValue={v('document')} errors={errors.document} hint={t('hints.document')} inputMode="text" autoComplete="off" />
          <TextField label={t('fields.name')} name="name" defaultValue={v('name')} errors={errors.name} autoComplete="off" />
          <TextField label={t('fields.tradeName')} name="tradeName" defaultValue={v('tradeName')} errors={errors.tradeName} />
          <TextField label={t('fields.stateRegistration')} name="stateRegistration" defaultValue={v('stateRegistration')} errors={errors.stateRegistration} />
        </fieldset>
      )}

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-stone-900">{t('sections.contact')}</legend>
        <TextField label={t('fields.email')} name="email" type="email" defaultValue={v('email')} errors={errors.email} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold text-stone-900">{t('sections.mainAddress')}</legend>
        <AddressFields prefix="" v={v} errors={errors} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold text-stone-900">{t('sections.deliveryAddress')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="deliverySameAsMain" checked={sameDelivery} onChange={(e) => setSameDelivery(e.target.checked)} value="on" />
          {t('fields.deliverySameAsMain')}
        </label>
        {!sameDelivery && <AddressFields prefix="delivery" v={v} errors={errors} />}
      </fieldset>

      <RowEditor<Phone>
        legend={t('sections.phones')}
        name="phones"
        initial={phoneRows}
        empty={{ number: '', label: '', isWhatsapp: '' }}
        addLabel={t('addPhone')}
        emptyHint={t('noPhones')}
        renderRow={(row, p) => (
          <>
            <TextField label={t('fields.phone')} name={`${p}.number`} defaultValue={row.number} errors={errors[`${p}.number`]} inputMode="tel" />
            <TextField label={t('fields.phoneLabel')} name={`${p}.label`} defaultValue={row.label} errors={errors[`${p}.label`]} />
            <label className="flex items-center gap-2 pb-2 text-sm">
              <input type="checkbox" name={`${p}.isWhatsapp`} value="on" defaultChecked={row.isWhatsapp === 'on' || row.isWhatsapp === 'true'} />
              WhatsApp
            </label>
          </>
        )}
      />

      <RowEditor<Contact>
        legend={t('sections.contacts')}
        name="contacts"
        initial={contactRows}
        empty={{ name: '', role: '', email: '', phone: '' }}
        addLabel={t('addContact')}
        emptyHint={t('noContacts')}
        renderRow={(row, p) => (
          <>
            <TextField label={t('fields.contactName')} name={`${p}.name`} defaultValue={row.name} errors={errors[`${p}.name`]} />
            <TextField label={t('fields.contactRole')} name={`${p}.role`} defaultValue={row.role} errors={errors[`${p}.role`]} />
            <TextField label={t('fields.email')} name={`${p}.email`} defaultValue={row.email} errors={errors[`${p}.email`]} />
            <TextField label={t('fields.phone')} name={`${p}.phone`} defaultValue={row.phone} errors={errors[`${p}.phone`]} />
          </>
        )}
      />

      {mode === 'full' && (
        <>
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-sm font-semibold text-stone-900">{t('sections.commercial')}</legend>
            {representatives && (
              <SelectField label={t('fields.representative')} name="representativeId" defaultValue={v('representativeId')} errors={errors.representativeId} placeholder={t('noRepresentative')} options={representatives} />
            )}
            <SelectField
              label={t('fields.companySize')}
              name="companySize"
              defaultValue={v('companySize')}
              errors={errors.companySize}
              placeholder={t('sizes.none')}
              options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))}
            />
            <SelectField label={t('fields.useType')} name="useType" defaultValue={v('useType') || 'revenda'} errors={errors.useType} options={USE_TYPES.map((u) => ({ value: u, label: t(`useTypes.${u}`) }))} />
            <TextField label={t('fields.tags')} name="tags" defaultValue={v('tags')} errors={errors.tags} hint={t('hints.tags')} />
            <div className="md:col-span-2">
              <label htmlFor="notes" className="block text-sm font-medium text-stone-800">
                {t('fields.notes')}
              </label>
              <Textarea id="notes" name="notes" defaultValue={v('notes')} rows={3} density="block" className="mt-1" />
            </div>
          </fieldset>

          <RowEditor<Asset>
            legend={t('sections.assets')}
            name="assets"
            initial={assetRows}
            empty={{ kind: 'plate', value: '', description: '' }}
            addLabel={t('addAsset')}
            emptyHint={t('noAssets')}
            renderRow={(row, p) => (
              <>
                <SelectField label={t('fields.assetKind')} name={`${p}.kind`} defaultValue={row.kind} options={[{ value: 'plate', label: t('assetKinds.plate') }, { value: 'serial', label: t('assetKinds.serial') }]} />
                <TextField label={t('fields.assetValue')} name={`${p}.value`} defaultValue={row.value} errors={errors[`${p}.value`]} />
                <TextField label={t('fields.assetDescription')} name={`${p}.description`} defaultValue={row.description} errors={errors[`${p}.description`]} />
              </>
            )}
          />
        </>
      )}

      <SubmitButton>{initial.id || mode === 'contacts' ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}

/** CEP, street, number, complement, district, city and UF; `prefix="delivery"` names them deliveryCep, … */
function AddressFields({ prefix, v, errors }: { prefix: '' | 'delivery'; v: (k: string) => string; errors: FieldErrors }) {
  const t = useTranslations('customers');
  const name = (field: string) => (prefix ? `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}` : field);
  const text = (field: 'cep' | 'street' | 'number' | 'complement' | 'district' | 'city', span: string, extra: { inputMode?: 'numeric' } = {}) => (
    <div className={span}>
      <TextField label={t(`fields.${field}`)} name={name(field)} defaultValue={v(name(field))} errors={errors[name(field)]} {...extra} />
    </div>
  );
  return (
    <div className="grid gap-4 md:grid-cols-6">
      {text('cep', 'md:col-span-2', { inputMode: 'numeric' })}
      {text('street', 'md:col-span-4')}
      {text('number', 'md:col-span-2')}
      {text('complement', 'md:col-span-4')}
      {text('district', 'md:col-span-2')}
      {text('city', 'md:col-span-3')}
      <div className="md:col-span-1">
        <SelectField label={t('fields.uf')} name={name('uf')} defaultValue={v(name('uf'))} errors={errors[name('uf')]} placeholder="—" options={UFS.map((u) => ({ value: u, label: u }))} />
      </div>
    </div>
  );
}
