'use client';

import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { inputClass, type Density } from './inputs';
import { MIN_QUERY, useSuggestions } from './use-suggestions';

/**
 * How Enter behaves. `filter`: the box is also a form's text filter, so Enter with no match under the
 * cursor submits the form, and the arrows are needed to take a match. `pick`: the first match is under
 * the cursor and Enter takes it; Enter never submits the surrounding form.
 */
export type ComboboxMode = 'filter' | 'pick';

/** What a search box says around its matches. */
export type ComboboxLabels = { results: string; searching: string; none: string };

/**
 * The search-as-you-type box behind every list search and picker (customers, products): an ARIA
 * combobox over a search route (`urlFor(query)` answers `{ results }`). Arrows move, Enter takes (see
 * `mode`), Escape closes, then clears. `renderMatch` draws a match in the list.
 */
export function SearchCombobox<T extends { id: string }>({
  urlFor,
  labels,
  renderMatch,
  id,
  mode,
  onPick,
  name,
  defaultQuery = '',
  placeholder,
  hint,
  describedBy,
  invalid = false,
  density = 'block',
}: {
  urlFor: (query: string) => string;
  labels: ComboboxLabels;
  renderMatch: (item: T) => ReactNode;
  id: string;
  mode: ComboboxMode;
  onPick: (item: T) => void;
  /** Set only when the typed text is itself a form field (the list's `q`). */
  name?: string;
  defaultQuery?: string;
  placeholder?: string;
  /** Shown under the matches, and read with the box while they are open. */
  hint?: string;
  describedBy?: string;
  invalid?: boolean;
  density?: Density;
}) {
  const [query, setQuery] = useState(defaultQuery);
  // Matches are looked up once the user types: a filter already in the URL opens no list on arrival.
  const [typed, setTyped] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const { results, state, active, setActive, clear } = useSuggestions<T>(urlFor, typed ? query : '', mode === 'pick');
  const open = !dismissed && query.trim().length >= MIN_QUERY && state !== 'idle';
  const listId = `${id}-list`;
  const hintId = `${id}-matches-hint`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  // The option under the cursor stays in view as the arrows move through a long list.
  useEffect(() => {
    if (open && active >= 0) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, id]);

  const type = (text: string) => {
    setQuery(text);
    setTyped(true);
    setDismissed(false);
    if (text.trim().length < MIN_QUERY) clear();
  };

  const take = (item: T) => {
    if (mode === 'pick') type('');
    setDismissed(true);
    onPick(item);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setDismissed(false);
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(mode === 'pick' ? 0 : -1, a - 1));
    } else if (e.key === 'Enter') {
      const item = open ? results[active] : undefined;
      if (item) {
        e.preventDefault();
        take(item);
      } else if (mode === 'pick') e.preventDefault();
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setDismissed(true);
      } else if (query) {
        e.preventDefault();
        type('');
      }
    }
  };

  const described = [describedBy, open && hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const listed = open && results.length > 0;
  return (
    <div className="relative w-full">
      <input
        id={id}
        name={name}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        aria-describedby={described}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        value={query}
        placeholder={placeholder}
        onChange={(e) => type(e.target.value)}
        onFocus={() => setDismissed(false)}
        onBlur={() => setDismissed(true)}
        onKeyDown={onKeyDown}
        className={inputClass({ density, invalid, className: 'w-full' })}
      />
      {open && (
        <div className="absolute z-20 mt-1 w-full overflow-hidden rounded-md border border-stone-200 bg-white shadow-lg">
          {listed ? (
            <ul id={listId} role="listbox" aria-label={labels.results} className="max-h-80 overflow-auto">
              {results.map((c, i) => (
                <li
                  key={c.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  // Keeps the focus in the box, so the click is not lost to the blur that closes the list.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => take(c)}
                  // In a filter box the mouse only shows where it is: Enter must still filter, not open what it rests on.
                  onMouseEnter={mode === 'pick' ? () => setActive(i) : undefined}
                  className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : 'hover:bg-stone-50'}`}
                >
                  {renderMatch(c)}
                </li>
              ))}
            </ul>
          ) : (
            <p role="status" className="px-3 py-2 text-sm text-stone-600">
              {state === 'loading' ? labels.searching : labels.none}
            </p>
          )}
          {hint && (
            <p id={hintId} className="border-t border-stone-100 bg-stone-50 px-3 py-1.5 text-xs text-stone-600">
              {hint}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
