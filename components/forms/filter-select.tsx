import type { InputHTMLAttributes } from 'react';
import { Input, Select } from './inputs';

/** A labelled select for GET filter forms: the empty option means "all". */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** The labelled free-text search of a GET filter form (`q`). */
export function FilterSearch({ id, label, placeholder, value, width = 'w-56' }: { id: string; label: string; placeholder: string; value?: string; width?: string }) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      <Input id={id} name="q" type="search" defaultValue={value ?? ''} className={width} placeholder={placeholder} />
    </div>
  );
}

/** Any other labelled box of a GET filter form (dates, amounts): the input takes the rest of the props. */
export function FilterInput({ id, label, ...props }: { id: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      <Input id={id} {...props} />
    </div>
  );
}
