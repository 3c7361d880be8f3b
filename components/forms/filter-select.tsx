/** The look of every GET filter field. */
export const FILTER_INPUT = 'rounded-md border border-stone-300 bg-white px-3 py-2 text-sm';

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
      <select id={id} name={name} defaultValue={value ?? ''} className={FILTER_INPUT}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
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
      <input id={id} name="q" type="search" defaultValue={value ?? ''} className={`${FILTER_INPUT} ${width}`} placeholder={placeholder} />
    </div>
  );
}
