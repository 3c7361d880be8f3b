'use client';

import { useState, type ReactNode } from 'react';
import { FieldFrame } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import type { MessageKey } from '@/lib/i18n/message-key';
import { SearchCombobox, type ComboboxLabels } from './search-combobox';

export type PickerField = { name: string; label: string; errors?: MessageKey[]; hint?: ReactNode; placeholder?: string };

/** What a picker says besides its search box's words. */
export type PickerLabels = ComboboxLabels & { chosen: string; placeholder: string; keysHint: string; removeShort: string; remove: (name: string) => string };

/**
 * Chooses one record (or several, `multiple`) by typing in a search box over a search route, among
 * those the user may see; each match is drawn by `renderMatch`, so two of the same name differ. The
 * form gets a hidden input `name` per chosen id (an empty one when none is chosen and not `multiple`),
 * which the server action checks through its scope. `onChosen` hears every change.
 */
export function SearchPicker<T extends { id: string; name: string }>({
  name,
  label,
  errors,
  hint,
  placeholder,
  multiple,
  initial,
  onChosen,
  urlFor,
  labels,
  renderMatch,
  testId,
}: PickerField & {
  multiple: boolean;
  initial: T[];
  onChosen: (list: T[]) => void;
  urlFor: (query: string) => string;
  labels: PickerLabels;
  renderMatch: (item: T) => ReactNode;
  /** data-testid of each chosen record's row. */
  testId: string;
}) {
  const [chosen, setChosen] = useState(initial);
  const invalid = Boolean(errors?.length);
  const update = (next: T[]) => {
    setChosen(next);
    onChosen(next);
  };
  const remove = (id: string) => {
    update(chosen.filter((c) => c.id !== id));
    document.getElementById(name)?.focus();
  };
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      {/* Read out as it changes, so a screen reader hears which record was taken or removed. */}
      <div aria-live="polite">
        {chosen.length > 0 && (
          <ul aria-label={labels.chosen} className="mb-2 space-y-1">
            {chosen.map((c) => (
              <li key={c.id} className="flex items-start justify-between gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid={testId}>
                <span className="min-w-0">{renderMatch(c)}</span>
                <Button type="button" variant="ghost" onClick={() => remove(c.id)} aria-label={labels.remove(c.name)} className="shrink-0">
                  {labels.removeShort}
                </Button>
                <input type="hidden" name={name} value={c.id} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {!multiple && chosen.length === 0 && <input type="hidden" name={name} value="" />}
      <SearchCombobox<T>
        id={name}
        mode="pick"
        urlFor={urlFor}
        labels={labels}
        renderMatch={renderMatch}
        placeholder={placeholder ?? labels.placeholder}
        hint={labels.keysHint}
        describedBy={invalid ? `${name}-error` : hint ? `${name}-hint` : undefined}
        invalid={invalid}
        onPick={(c) => update(multiple ? [...chosen.filter((x) => x.id !== c.id), c] : [c])}
      />
    </FieldFrame>
  );
}
