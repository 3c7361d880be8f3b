'use client';

import { useRef } from 'react';
import { changeLocaleAction } from '@/lib/users/actions';
import type { Locale } from '@/lib/server/context';

const NAMES: Record<Locale, string> = { 'pt-BR': 'Português', en: 'English', es: 'Español' };

export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={changeLocaleAction}>
      <label className="sr-only" htmlFor="locale-switcher">
        {label}
      </label>
      <select
        id="locale-switcher"
        name="locale"
        defaultValue={current}
        onChange={() => form.current?.requestSubmit()}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        {(Object.keys(NAMES) as Locale[]).map((l) => (
          <option key={l} value={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </form>
  );
}
