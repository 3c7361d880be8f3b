'use client';

import { useTranslations } from 'next-intl';
import type { MessageKey } from '@/lib/i18n/message-key';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { inputClass } from './inputs';

/** `id` defaults to `name`; give one when a page repeats the form (one per register, per row). */
type Common = { label: string; name: string; id?: string; errors?: MessageKey[]; hint?: ReactNode };

/** A labelled field of a page form, its hint and its errors; the control inside has the id `name`. */
export function FieldFrame({ label, name, id = name, errors, hint, children }: Common & { children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !errors?.length && <p className="text-xs text-stone-500" id={`${id}-hint`}>{hint}</p>}
      {errors?.length ? (
        <p className="text-sm text-red-700" id={`${id}-error`} role="alert">
          {errors.map((e) => t(e)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, name, id = name, errors, hint, className = '', ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const invalid = Boolean(errors?.length);
  return (
    <FieldFrame label={label} name={name} id={id} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass({ density: 'block', invalid, className })}
        {...props}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  id = name,
  options,
  placeholder,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const invalid = Boolean(errors?.length);
  return (
    <FieldFrame label={label} name={name} id={id} errors={errors} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className={inputClass({ density: 'block', invalid })}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
